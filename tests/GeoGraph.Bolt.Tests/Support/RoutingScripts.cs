namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Conversations of cluster members for routing tests.</summary>
public static class RoutingScripts
{
    public const string Greeting = Scripts.Greeting54;

    /// <summary>A ROUTE exchange answering with this peer as router and the given readers and writers.</summary>
    public static string Route(IEnumerable<string> readers, IEnumerable<string> writers, int ttl = 300) => $$$"""
        C: ROUTE {"address": "*", "[region]": "eu"} "*" {}
        S: SUCCESS {"rt": {"ttl": {{{ttl}}}, "db": "neo4j", "servers": [{"addresses": ["#ADDRESS#"], "role": "ROUTE"}, {"addresses": [{{{Quote(readers)}}}], "role": "READ"}, {"addresses": [{{{Quote(writers)}}}], "role": "WRITE"}]}}
        """;

    /// <summary>A member that serves <paramref name="count"/> read transactions returning [1].</summary>
    public static string Reader(int count) =>
        Greeting + "\n" + string.Concat(Enumerable.Repeat(Transaction("{\"mode\": \"r\", \"[bookmarks]\": \"*\"}") + "\n", count)) + "?: GOODBYE";

    /// <summary>A member that serves <paramref name="count"/> write transactions returning [1].</summary>
    public static string Writer(int count) =>
        Greeting + "\n" + string.Concat(Enumerable.Repeat(Transaction("{\"[bookmarks]\": \"*\"}") + "\n", count)) + "?: GOODBYE";

    public static string Transaction(string beginExtra) => $$"""
        C: BEGIN {{beginExtra}}
        C: RUN "RETURN 1 AS n" {} {}
        C: PULL {"n": 1000}
        S: SUCCESS {}
           SUCCESS {"fields": ["n"]}
           RECORD [1]
           SUCCESS {}
        C: COMMIT
        S: SUCCESS {"bookmark": "bm"}
        """;

    private static string Quote(IEnumerable<string> addresses) => string.Join(", ", addresses.Select(a => $"\"{a}\""));
}

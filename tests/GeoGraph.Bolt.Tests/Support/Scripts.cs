namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Script fragments shared by many conversations.</summary>
public static class Scripts
{
    /// <summary>Bolt 5.4 greeting: HELLO and LOGON auto-answered.</summary>
    public const string Greeting54 = """
        !: BOLT 5.4
        A: HELLO {"{}": "*"}
        A: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "pass"}
        """;

    /// <summary>A read transaction returning one record [1] with column n, then GOODBYE optional.</summary>
    public const string ReadOne = """
        C: BEGIN {"mode": "r"}
        C: RUN "RETURN 1 AS n" {} {}
        C: PULL {"n": 1000}
        S: SUCCESS {}
           SUCCESS {"fields": ["n"]}
           RECORD [1]
           SUCCESS {"type": "r"}
        C: COMMIT
        S: SUCCESS {"bookmark": "bm:1"}
        """;

    /// <summary>A transaction whose RUN fails with <paramref name="code"/>: FAILURE, IGNORED for the PULL, then RESET.</summary>
    public static string FailedRead(string code, string beginExtra = "{\"mode\": \"r\"}") => $$"""
        C: BEGIN {{beginExtra}}
        C: RUN "RETURN 1 AS n" {} {}
        C: PULL {"n": 1000}
        S: SUCCESS {}
           FAILURE {"code": "{{code}}", "message": "scripted failure"}
           IGNORED
        C: RESET
        S: SUCCESS {}
        """;

    public static string Happy => Greeting54 + "\n" + ReadOne + "\n?: GOODBYE";

    public static Task<long> ReadOneAsync(BoltDriver driver, CancellationToken cancellationToken) =>
        driver.ExecuteReadAsync(async tx =>
        {
            var result = await tx.RunAsync("RETURN 1 AS n", cancellationToken: cancellationToken);
            return (await result.SingleAsync(cancellationToken)).Get<long>("n");
        }, cancellationToken: cancellationToken);
}

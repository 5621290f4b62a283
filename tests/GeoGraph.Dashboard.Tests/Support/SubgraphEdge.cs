using System.Text.Json;

namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>One relation of a view; its key is the page's element id for it.</summary>
public sealed record SubgraphEdge(string From, string Type, string To, int ClaimCount, int HedgedCount, string FirstReported, string LastReported)
{
    public string Key => $"{From}|{Type}|{To}";

    public static SubgraphEdge Read(JsonElement edge) => new(
        edge.GetProperty("from").GetProperty("id").GetString()!,
        edge.GetProperty("type").GetString()!,
        edge.GetProperty("to").GetProperty("id").GetString()!,
        edge.GetProperty("claimCount").GetInt32(),
        edge.GetProperty("hedgedCount").GetInt32(),
        edge.GetProperty("firstReported").GetString()!,
        edge.GetProperty("lastReported").GetString()!);
}

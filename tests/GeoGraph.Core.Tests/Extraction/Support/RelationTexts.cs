using GeoGraph.Core.Model;

namespace GeoGraph.Core.Tests.Extraction.Support;

/// <summary>The relations an extraction asserts or denies, written "FROM TYPE TO" with canonical names.</summary>
internal static class RelationTexts
{
    public static List<string> Asserted(string text) => Of(text, c => c.Relations);

    public static List<string> Denied(string text) => Of(text, c => c.Denied ?? []);

    private static List<string> Of(string text, Func<Claim, IReadOnlyList<RelationAssertion>> relations)
    {
        var graph = Extractors.Extract(text);
        return graph.Claims.SelectMany(relations)
            .Select(r => $"{Extractors.NameOf(graph, r.From)} {r.Type.Name()} {Extractors.NameOf(graph, r.To)}")
            .ToList();
    }
}

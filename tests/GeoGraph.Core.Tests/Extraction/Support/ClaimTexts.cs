namespace GeoGraph.Core.Tests.Extraction.Support;

/// <summary>The claims an extraction finds, each as its speaker's name (or description when unnamed) and its text.</summary>
internal static class ClaimTexts
{
    public static List<(string? Speaker, string Text)> All(string text)
    {
        var graph = Extractors.Extract(text);
        return [.. graph.Claims.Select(c => (c.Speaker is { } id ? Extractors.NameOf(graph, id) : c.SpeakerDescription, c.Text))];
    }

    public static (string? Speaker, string Text) Only(string text) => Xunit.Assert.Single(All(text));
}

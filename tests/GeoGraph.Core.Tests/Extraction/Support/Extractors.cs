using GeoGraph.Core.Extraction;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Tests.Extraction.Support;

/// <summary>One gazetteer and extractor for the whole test run: loading is what a process does once.</summary>
internal static class Extractors
{
    private static readonly Lazy<Gazetteer> LazyGazetteer = new(() => Gazetteer.Load(Gazetteer.DefaultDirectory));
    private static readonly Lazy<RuleBasedExtractor> LazyRuleBased = new(() => new RuleBasedExtractor(Gazetteer));

    public static Gazetteer Gazetteer => LazyGazetteer.Value;

    public static RuleBasedExtractor RuleBased => LazyRuleBased.Value;

    public static readonly DateTimeOffset ImportedAt = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static ArticleGraph Extract(string text) => RuleBased.Extract(new ArticleInput(text), ImportedAt);

    /// <summary>The context of <paramref name="text"/> after the mention stages, for stage-level tests.</summary>
    public static ArticleContext Mentions(string text)
    {
        var context = new ArticleContext(text, Gazetteer);
        RuleBasedExtractor.FindMentions(context);
        return context;
    }

    /// <summary>Each mention of <paramref name="text"/> as written, with its entity's name and kind.</summary>
    public static List<(string Text, string Entity, EntityKind Kind)> MentionList(string text)
    {
        var context = Mentions(text);
        return context.Mentions.Where(m => m.Entity is not null)
            .Select(m => (context.Text(m.FirstToken, m.EndToken), m.Entity!.Name, m.Entity.Kind)).ToList();
    }

    /// <summary>The extraction of <paramref name="text"/> in the layout <c>geograph extract --format json</c> prints.</summary>
    public static System.Text.Json.JsonElement Json(string text)
    {
        using var stream = new MemoryStream();
        ExtractionJson.Write(Extract(text), stream);
        return System.Text.Json.JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    public static string NameOf(ArticleGraph graph, EntityId? id) =>
        graph.Entities.Single(e => e.Id == id).Name;
}

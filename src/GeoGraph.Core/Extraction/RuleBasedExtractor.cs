using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Cleaning;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Officials;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction;

/// <summary>
/// The default extractor: gazetteers, patterns and cue phrases, no model. Stages: clean → sentences →
/// mentions (gazetteer, national bodies, name patterns, acronyms, officials, learnt names, anaphora) →
/// claims → hedges, negation, about, places and relations → graph. Thread-safe and reusable: all state
/// of one extraction lives in that call.
/// </summary>
/// <param name="gazetteer">Loaded once per process, e.g. <c>Gazetteer.Load(Gazetteer.DefaultDirectory)</c>.</param>
public sealed class RuleBasedExtractor(Gazetteer gazetteer) : IArticleExtractor
{
    private readonly Gazetteer _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));

    /// <inheritdoc />
    public ArticleGraph Extract(ArticleInput input, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cleaned = ArticleCleaner.Clean(input.Text);
        var warnings = new List<string>(cleaned.Warnings);
        var context = new ArticleContext(cleaned.Body, _gazetteer);
        if (Language.LooksNonEnglish(context))
            warnings.Add("The text does not look like English; extraction may miss most of it.");

        FindMentions(context);
        DropPublisher(context, input.Outlet);
        DropPublisher(context, CreditedInDateline(context));

        var claims = ClaimFinder.Run(context);
        foreach (var claim in claims)
            ClaimAnnotator.Run(context, claim);
        foreach (var extension in claims.Where(c => c.Host is not null))
        {
            if (!extension.Host!.Negated)
                extension.Host.Relations.AddRange(extension.Relations.Where(r => !extension.Host.Relations.Contains(r)));
        }
        claims.RemoveAll(c => c.Host is not null);

        var article = new Article(ArticleId.FromBody(cleaned.Body), cleaned.Body, input.Title, ArticleUrl.Normalise(input.Url), input.Outlet,
            input.PublishedAt, importedAt);
        return GraphBuilder.Build(context, article, claims, warnings);
    }

    /// <summary>The mention stages in their order: listed names first, then shapes, acronyms, officials and anaphors.</summary>
    internal static void FindMentions(ArticleContext context)
    {
        GazetteerPass.Run(context);
        NationalBodies.Run(context);
        NamePatterns.Run(context);
        TitledOffices.Run(context);
        ArticledGroupNames.Run(context);
        DissidentGroups.Run(context);
        Acronyms.Run(context);
        DescribedBodies.Run(context);
        OfficialFinder.Run(context);
        TransliteratedPeople.Run(context);
        LearntNames.Run(context);
        Anaphora.Run(context);
        ListedPeople.Run(context);
        TitleAnaphora.Run(context);
        StateBodyNames.Run(context);
    }

    // "KYIV (AP) —": the entity the dateline credits.
    private static string? CreditedInDateline(ArticleContext context) =>
        context.DatelineCreditSpan is { } span
        && context.Mentions.FirstOrDefault(m => m.FirstToken == span.Start && m.EndToken == span.End) is { Entity: { Kind: EntityKind.Organisation } e }
            ? e.Name
            : null;

    // The outlet that publishes the article is where it appears, not something it reports on.
    private static void DropPublisher(ArticleContext context, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet))
            return;
        var key = Fold.NameKey(outlet);
        foreach (var m in context.Mentions.ToList())
        {
            if (m.Entity is { Kind: EntityKind.Organisation } e && (Fold.NameKey(e.Name) == key || e.Aliases.Any(a => Fold.NameKey(a) == key)))
            {
                context.Remove(m);
                e.Named = false;
            }
        }
    }
}

using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// A province named with its type word in a spelling the list does not hold ("Nangarhaar province", "Hodaida
/// governorate") is the listed province whose name has the same consonants, when only one has them.
/// </summary>
internal static class TransliteratedProvinces
{
    // "North Waziristan district": a name of up to three capitalised words before the type word.
    private const int MaxNameWords = 3;

    // Districts and divisions are below a province; "Southern Region" is a compass name many countries share.
    private static readonly WordSet NotProvinces = ["district", "districts", "division", "divisions"];

    private static readonly WordSet Compass =
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
        "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    ];

    public static void Run(ArticleContext context)
    {
        var tokens = context.Tokens;
        for (var type = 1; type < tokens.Count; type++)
        {
            if (!context.IsAnyWord(type, Words.SubdivisionTypes) || context.IsAnyWord(type, NotProvinces)
                || tokens[type].IsCapitalised && type + 1 < tokens.Count && tokens[type + 1].IsCapitalised)
                continue;
            var first = type;
            while (first > 0 && type - first < MaxNameWords && tokens[first - 1] is { Kind: TokenKind.Word, IsCapitalised: true } && context.MentionAt(first - 1) is null)
                first--;
            if (first == type || first > 0 && tokens[first - 1].IsWordLike && tokens[first - 1].IsCapitalised)
                continue;
            if (context.IsAnyWord(first, Compass) || NameSkeleton.OfPlace(context.Text(first, type)) is not { } skeleton
                || !context.Gazetteer.ProvincesBySkeleton.TryGetValue(skeleton, out var province))
                continue;
            // Only a province of a country the article names: a look-alike elsewhere in the world is no guide.
            if (context.Entities.All.Any(e => e is { Kind: Model.EntityKind.Country, Named: true } && e.IsoCode == province.Country))
            {
                var entity = context.Entities.Of(province);
                entity.Named = true;
                context.Add(new Mention(first, type, entity, MentionForm.Name));
            }
        }
    }
}

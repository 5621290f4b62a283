using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Resolves a bare title with "the" ("accused the prime minister of …", "the defence minister rejected") to the last
/// official named before with that office or rank, when only one has it, so that relations and claims can reach the person.
/// </summary>
internal static class TitleAnaphora
{
    public static void Run(ArticleContext context)
    {
        var seen = new List<EntityDraft>();
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            if (context.MentionAt(i) is { Entity: { Kind: EntityKind.Official } named } m && m.FirstToken == i && m.Form != MentionForm.Anaphor)
            {
                seen.Remove(named);
                seen.Add(named);
                continue;
            }
            if (seen.Count == 0 || !context.IsWord(i, "the") || context.MentionAt(i) is not null || context.MentionAt(i + 1) is not null
                || context.Gazetteer.Titles.Match(context.Tokens, i + 1, context.Tokens.Count) is not { } title
                || title.Values.All(t => t.Kind == TitleKind.Honorific) || !StandsAlone(context, title.End) || context.Covered(i, title.End))
                continue;
            var office = context.Text(i + 1, title.End);
            // Only when one official named so far holds the office: with two presidents named, "the president" is
            // left to the speaker finder, which weighs who leads the passage.
            if (SoleHolder(seen, office) is { } holder)
                context.Add(new Mention(i, title.End, holder, MentionForm.Anaphor));
            i = title.End - 1;
        }
    }

    // "the president said", "the minister's remarks": no name follows the title ("the President, Ruto," is an apposition
    // the official finder reads), nor "of" with whose office it is ("the president of Kenya" may be another holder),
    // unless a charge follows ("accused the minister of lying").
    private static bool StandsAlone(ArticleContext context, int after) =>
        after >= context.Tokens.Count
        || !context.Tokens[after].IsCapitalised && (!context.IsWord(after, "of") || Anaphora.GerundAt(context, after + 1)) && !context.Tokens[after].Is('-')
           && !(context.Tokens[after].IsWordLike && context.MentionAt(after) is not null);

    private static EntityDraft? SoleHolder(List<EntityDraft> seen, string office)
    {
        EntityDraft? holder = null;
        foreach (var official in seen)
        {
            if (!official.HoldsOffice(office))
                continue;
            if (holder is not null)
                return null;
            holder = official;
        }
        return holder;
    }
}

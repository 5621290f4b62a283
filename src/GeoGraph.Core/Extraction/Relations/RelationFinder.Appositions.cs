using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "JNIM, al-Qaeda's affiliate in the Sahel, …", "the Houthis, an Iran-backed group, …": an apposition that
// describes one actor by another relates the two.
internal static partial class RelationFinder
{
    private static readonly Dictionary<string, (RelationType Type, bool Reversed)> DescribedBy = new(StringComparer.Ordinal)
    {
        ["affiliate"] = (RelationType.PartOf, false),
        ["branch"] = (RelationType.PartOf, false),
        ["wing"] = (RelationType.PartOf, false),
        ["offshoot"] = (RelationType.PartOf, false),
        ["faction"] = (RelationType.PartOf, false),
        ["franchise"] = (RelationType.PartOf, false),
        ["ally"] = (RelationType.AlliedWith, false),
        ["partner"] = (RelationType.AlliedWith, false),
        ["proxy"] = (RelationType.Supports, true),
    };

    private static readonly Dictionary<string, (RelationType Type, bool Reversed)> Linked = new(StringComparer.Ordinal)
    {
        ["backed"] = (RelationType.Supports, true),
        ["funded"] = (RelationType.Supports, true),
        ["sponsored"] = (RelationType.Supports, true),
        ["supported"] = (RelationType.Supports, true),
        ["armed"] = (RelationType.Supports, true),
        ["linked"] = (RelationType.InContactWith, false),
        ["allied"] = (RelationType.AlliedWith, false),
        ["aligned"] = (RelationType.AlliedWith, false),
    };

    /// <summary>
    /// "X, Y's affiliate", "X, a Y affiliate" (X PART_OF Y), "X, Y's ally" (ALLIED_WITH), "X, a Y proxy" and
    /// "X, a Y-backed group" (Y SUPPORTS X), "X, a Y-linked group" (IN_CONTACT_WITH).
    /// </summary>
    public static void Appositions(ArticleContext context, ClaimDraft claim)
    {
        for (var i = claim.FirstToken; i < claim.EndToken; i++)
        {
            if (context.MentionAt(i) is not { Entity: { IsActor: true } described } m || m.FirstToken != i)
                continue;
            i = m.EndToken - 1;
            if (m.Form is MentionForm.Unnamed or MentionForm.Demonym || described.Kind == EntityKind.Official
                || m.EndToken + 2 >= claim.EndToken || !context.Tokens[m.EndToken].Is(','))
                continue;
            var j = m.EndToken + 1;
            if (context.IsWord(j, "a") || context.IsWord(j, "an") || context.IsWord(j, "the"))
                j++;
            if (context.MentionAt(j) is not { Entity: { IsActor: true } other } o || o.FirstToken != j || other == described
                || o.Form == MentionForm.Unnamed || other.Kind == EntityKind.Official)
                continue;
            if (Description(context, o.EndToken, claim.EndToken) is not var (type, reversed))
                continue;
            if (reversed)
                AddRelation(claim, other, type, described, denied: false);
            else
                AddRelation(claim, described, type, other, denied: false);
        }
    }

    // What follows the describing actor: "'s affiliate", " affiliate", "-backed group" (a noun must close it).
    private static (RelationType Type, bool Reversed)? Description(ArticleContext context, int k, int end)
    {
        if (k + 1 >= end)
            return null;
        if (context.Tokens[k].Is('-') && context.Tokens[k + 1].IsWordLike && Linked.TryGetValue(context.Tokens[k + 1].Key, out var linked))
            return k + 2 < end && context.Tokens[k + 2].Kind == Tokens.TokenKind.Word && context.Tokens[k + 2].Case == Tokens.TokenCase.Lower ? linked : null;
        if (context.Tokens[k].Is('\'') && context.IsWord(k + 1, "s"))
            k += 2;
        // "Iran's main ally", "an al-Qaeda regional affiliate": up to two adjectives before the noun.
        for (var adjectives = 0; k < end && adjectives <= 2; adjectives++, k++)
        {
            var t = context.Tokens[k];
            if (t.Kind != Tokens.TokenKind.Word || t.Case != Tokens.TokenCase.Lower)
                return null;
            if (DescribedBy.TryGetValue(t.Key, out var described))
                return described;
        }
        return null;
    }
}

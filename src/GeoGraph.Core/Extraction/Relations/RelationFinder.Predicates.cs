using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// A group described by what it is somewhere: "X is the largest gang in the Artibonite", "X remains the main armed group
// operating in Y".
internal static partial class RelationFinder
{
    private static readonly WordSet CopularVerbs = ["is", "are", "was", "were", "remains", "remain", "remained"];

    private static readonly WordSet GroupHeads =
    [
        "gang", "group", "militia", "faction", "force", "movement", "insurgency", "organisation", "organization", "outfit",
        "coalition", "alliance", "network", "presence", "actor", "player",
    ];

    private static readonly WordSet PlacingWords = ["in", "across", "throughout"];

    private static readonly WordSet OperatingWords = ["operating", "active", "based", "fighting"];

    /// <summary>"X is the largest gang in the Artibonite": a group said to be a group somewhere is present there.</summary>
    public static void DescribedPresence(ArticleContext context, ClaimDraft claim)
    {
        for (var k = claim.FirstToken; k + 3 < claim.EndToken; k++)
        {
            if (context.MentionAt(k) is not { Entity: { Kind: EntityKind.Group or EntityKind.Organisation } group } m || m.FirstToken != k
                || m.Form is not (MentionForm.Name or MentionForm.Anaphor) || !context.IsAnyWord(m.EndToken, CopularVerbs))
                continue;
            k = m.EndToken;
            var i = m.EndToken + 1;
            if (!context.IsAnyWord(i, Words.Determiners))
                continue;
            // "the most powerful armed", "one of the largest": words that grade the group, none of them a name.
            var head = i + 1;
            while (head < claim.EndToken && head <= i + 5 && context.Tokens[head] is { Kind: TokenKind.Word, Case: TokenCase.Lower } w
                   && context.MentionAt(head) is null && !GroupHeads.Contains(w, context.Gazetteer.Words))
                head++;
            if (!context.IsAnyWord(head, GroupHeads))
                continue;
            var placing = context.IsAnyWord(head + 1, OperatingWords) ? head + 2 : head + 1;
            if (!context.IsAnyWord(placing, PlacingWords))
                continue;
            var at = context.IsWord(placing + 1, "the") ? placing + 2 : placing + 1;
            if (context.MentionAt(at) is not { Entity: { IsPlace: true } place } where || where.FirstToken != at || where.Form != MentionForm.Name
                || context.Tokens[where.EndToken].Is('\''))
                continue;
            AddRelation(claim, group, RelationType.PresentIn, place, claim.DeniedByVerb || Negation.Before(context, k, head));
        }
    }
}

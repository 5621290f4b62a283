using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "ISWAP carried out 38 attacks in Borno and Yobe": the ground where a side itself fights is ground where it is.
internal static partial class RelationFinder
{
    private static readonly WordSet ActsCarriedOut = ["carried", "launched", "staged", "mounted", "conducted", "carries", "launches", "conducts"];

    // Acts done on the ground; strikes and shelling reach from afar and put no one where they land.
    private static readonly WordSet GroundActs =
    [
        "attacks", "raids", "ambushes", "assaults", "operations", "bombings", "kidnappings", "incursions", "attack", "raid", "ambush",
        "assault", "operation", "bombing", "kidnapping", "incursion", "offensive",
    ];

    /// <summary>"X carried out 38 attacks in P and Q", "X has launched several raids in P": X is present in P and Q.</summary>
    public static void ActsInPlace(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, ActsCarriedOut))
            return;
        for (var k = claim.FirstToken; k + 3 < claim.EndToken; k++)
        {
            if (!context.IsAnyWord(k, ActsCarriedOut) || context.MentionAt(k) is not null)
                continue;
            var act = context.IsWord(k, "carried") || context.IsWord(k, "carries") ? k + 2 : k + 1;
            if (act > k + 1 && !context.IsWord(k + 1, "out"))
                continue;
            // Counts and grading words: "38", "several", "a series of", "coordinated".
            while (act < claim.EndToken && act < k + 7 && context.MentionAt(act) is null && !context.IsAnyWord(act, GroundActs)
                   && (context.Tokens[act].Kind == TokenKind.Number || context.Tokens[act] is { Kind: TokenKind.Word, Case: TokenCase.Lower } w
                       && !Words.Prepositions.Contains(w, context.Gazetteer.Words) && w.Key is not ("and" or "or") || context.IsWord(act, "of")))
                act++;
            if (!context.IsAnyWord(act, GroundActs) || !context.IsWord(act + 1, "in"))
                continue;
            var places = Objects(context, act + 2, claim.EndToken, RelationType.PresentIn, actorsOnly: false).FindAll(p => p.IsPlace);
            if (places.Count == 0 || Subject(context, claim, k, RelationType.PresentIn, places) is not { } doer)
                continue;
            var denied = DeniedAt(context, claim, k);
            // A loop, not a lambda over the doer, which would allocate its closure at every token of the claim.
            foreach (var place in places)
            {
                if (place != doer)
                    AddRelation(claim, doer, RelationType.PresentIn, place, denied);
            }
        }
    }
}

using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "its forces had neutralised 17 PKK fighters and vowed to continue operations": force done and vowed to go on
// threatens the ones it was done to.
internal static partial class RelationFinder
{
    private static readonly WordSet ContinuationVerbs = ["continue", "keep", "press", "pursue", "maintain", "intensify", "step"];

    private static readonly WordSet CampaignNouns =
    [
        "operations", "operation", "attacks", "strikes", "offensive", "campaign", "fight", "fighting", "raids", "pressure", "war",
        "struggle", "assault", "assaults", "bombardment", "bombing",
    ];

    /// <summary>A vow to go on with the campaign after attacks the claim asserts: each attacker also threatens its target.</summary>
    public static void ContinuedCampaign(ArticleContext context, ClaimDraft claim)
    {
        if (!claim.Relations.Exists(r => r.Type == RelationType.Attacks) || !VowToContinue(context, claim))
            return;
        foreach (var (from, _, to) in claim.Relations.Where(r => r.Type == RelationType.Attacks).ToList())
            AddRelation(claim, from, RelationType.Threatens, to, denied: false);
    }

    // "vowed to continue operations", "pledged to keep up the strikes", "will press on with the offensive".
    private static bool VowToContinue(ArticleContext context, ClaimDraft claim)
    {
        for (var k = claim.FirstToken; k < claim.EndToken; k++)
        {
            if (!context.IsAnyWord(k, ContinuationVerbs) || !context.IsWord(k - 1, "to") && !context.IsAnyWord(k - 1, FutureAuxiliaries)
                || context.IsWord(k - 2, "not") || context.IsWord(k - 1, "not"))
                continue;
            if (context.IsWord(k - 1, "to") && !context.IsAnyWord(k - 2, ThreatVerbs))
                continue;
            for (var i = k + 1; i < claim.EndToken && i <= k + 5; i++)
            {
                if (context.IsAnyWord(i, CampaignNouns))
                    return true;
                if (!context.Tokens[i].IsWordLike || context.MentionAt(i) is not null)
                    break;
            }
        }
        return false;
    }
}

using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Relations;

// Most rules act only at a word of one set ("seized", "deployed", "jointly"), and most claims hold none of a given
// rule's words: which sets a claim holds is found in one pass, and a rule whose words are absent does not read it.
internal static partial class RelationFinder
{
    private static readonly WordSet There = ["there"];

    private static readonly WordSet JointWords = ["jointly", "together", "joint"];

    // "long" for "as long as", which trailing conditions read as "if".
    private static readonly WordSet ConditionOpeners = ["if", "unless", "should", "long"];

    private static readonly WordSet BasedWord = ["based"];

    // Some rules read a word just past the claim's end ("Somali-based" closing it): the pass looks two tokens further.
    private const int TriggerReach = 2;

    /// <summary>Whether the claim, or the tokens just past it, holds a word of <paramref name="set"/> (one of <see cref="TriggerSets.All"/>).</summary>
    private static bool Holds(ArticleContext context, ClaimDraft claim, WordSet set)
    {
        var group = TriggerSets.All;
        return (context.SetsFoundIn(group, claim.FirstToken, claim.EndToken + TriggerReach) & group.Bit(set)) != 0;
    }

    // A class of its own, built when first asked: static fields of partial files initialise in no set order, so a field
    // beside them could find the sets not yet there.
    private static class TriggerSets
    {
        public static readonly WordSetGroup All = new(
            CaptureVerbs, There, DeployVerbs, ActsCarriedOut, PerpetratorWords, BlameShapeWords, ResponseVerbs, JointWords,
            WarningWords, ConditionOpeners, SupplyVerbs, ReceiptVerbs, BasedWord, ForcingVerbs, HostVerbs, ThankVerbs, FutureAuxiliaries);
    }
}

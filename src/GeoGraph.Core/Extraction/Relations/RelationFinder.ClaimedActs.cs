using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

internal static partial class RelationFinder
{
    /// <summary>
    /// "The LRA claimed responsibility for the attack on a Kenyan army base": the side that claims an attack made it,
    /// on the first actor named after the attack.
    /// </summary>
    public static void ClaimedAttacks(ArticleContext context, ClaimDraft claim)
    {
        // "The attack on the Kenyan base was claimed by the LRA": in the passive voice the act opens the statement.
        var passive = claim.Verb > claim.FirstToken && claim.Verb < claim.EndToken && context.IsWord(claim.Verb + 1, "by");
        if (claim.Verb < 0 || !context.IsAnyWord(claim.Verb, ClaimingVerbs) || !passive && !context.IsAnyWord(claim.Verb + 1, ClaimedObjects)
            && !DatedPossessive(context, claim.Verb + 1) || (SpeakerSide(claim) ?? claim.Speaker.Entity) is not { IsActor: true } side)
            return;
        // "claimed responsibility for the attack on", "claimed the bombing of": the act follows the verb closely; "claimed
        // that it had repelled an attack" states something else. "claimed responsibility for Sunday's attack": a day's
        // possessive stands before the act.
        var reach = DatedPossessive(context, claim.Verb + 1) || DatedPossessive(context, claim.Verb + 3) ? 7 : 5;
        var (first, last) = passive ? (claim.FirstToken, Math.Min(claim.FirstToken + 4, claim.Verb - 2)) : (claim.Verb + 1, claim.Verb + reach);
        for (var k = first; k < claim.EndToken && k <= last && !context.IsWord(k, "that"); k++)
        {
            if (context.CueAt(k, CueKind.Relation) is not { } match || FirstRelationCue(match.Values)?.Relation != RelationType.Attacks)
                continue;
            // "the attack on a Kenyan army convoy": the target stands right after the act, not in how it was claimed ("in a
            // message relayed by its Amaq agency").
            for (var i = match.End; i < claim.EndToken && i < match.End + 4; i++)
            {
                if (context.MentionAt(i) is { Entity: { IsActor: true, IsOutlet: false } target } && target != side)
                {
                    AddRelation(claim, side, RelationType.Attacks, target, denied: claim.Negated);
                    return;
                }
            }
            return;
        }
    }

    // "Sunday's", "last week's" is no actor.
    private static bool DatedPossessive(ArticleContext context, int i) =>
        (context.IsAnyWord(i, Words.DateWords) || context.IsWord(i, "week") || context.IsWord(i, "weekend") || context.IsWord(i, "yesterday")
         || context.IsWord(i, "last") && (context.IsWord(i + 1, "week") || context.IsWord(i + 1, "month")))
        && (context.Tokens.Count > i + 2 && context.Tokens[i + 1].Is('\'') && context.IsWord(i + 2, "s")
            || context.IsWord(i, "last") && context.Tokens.Count > i + 3 && context.Tokens[i + 2].Is('\'') && context.IsWord(i + 3, "s"));

    private static readonly WordSet ClaimingVerbs = ["claimed", "claims", "claiming"];

    // What opens the act claimed: "responsibility for", "credit for", "the attack", "an ambush".
    private static readonly WordSet ClaimedObjects = ["responsibility", "credit", "the", "a", "an", "this", "both", "several", "two", "three"];
}

using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Relations;

// Attacks not yet made: "vowed to fight against X", "will strike X" (a threat), "plans to attack X" (nothing yet),
// "would respond to any attack by X" (an attack supposed, not asserted).
internal static partial class RelationFinder
{
    private enum Intent
    {
        None,
        Threat,
        Plan,
    }

    private static readonly WordSet ThreatVerbs =
    [
        "vowed", "vows", "vow", "vowing", "pledged", "pledges", "pledge", "pledging", "promised", "promises", "promise",
        "promising", "swore", "swears", "swear", "sworn", "threatened", "threatens", "threaten", "threatening", "ready",
        "determined", "prepared", "going", "hesitate",
    ];

    private static readonly WordSet PlanVerbs =
    [
        "plans", "planned", "plan", "planning", "intends", "intended", "intend", "intending", "preparing", "prepares",
        "aims", "aimed", "aiming", "wants", "wanted", "want", "wishes", "wished", "hopes", "hoped", "hoping", "plotting",
        "plotted", "seeking", "seeks", "sought",
    ];

    private static readonly WordSet FutureAuxiliaries = ["will", "would", "shall", "ll"];

    // Words that may stand between "to" (or "will") and the act: "vowed to continue its attacks on", "will launch strikes on".
    private static readonly WordSet IntentFillers =
    [
        "continue", "keep", "step", "up", "intensify", "launch", "carry", "out", "its", "their", "the", "more", "further",
        "new", "fresh", "not", "never", "again", "also", "be", "conduct", "stage", "mount",
    ];

    // "any attack by X", "future strikes on Y": an act only supposed.
    private static readonly WordSet Supposed = ["any", "future", "possible", "potential", "further"];

    /// <summary>Whether the attack the cue at <paramref name="cue"/> names is promised, planned or only supposed.</summary>
    private static Intent IntentBefore(ArticleContext context, int first, int cue)
    {
        if (context.IsAnyWord(cue - 1, Supposed))
            return Intent.Plan;
        for (var i = cue - 1; i >= first && i >= cue - 5; i--)
        {
            var t = context.Tokens[i];
            if (t.Is('\'') && i + 1 < cue && context.IsWord(i + 1, "ll"))
                continue;
            if (t.Kind != TokenKind.Word || t.Case != TokenCase.Lower)
                return Intent.None;
            if (FutureAuxiliaries.Contains(t, context.Gazetteer.Words))
                return Intent.Threat;
            if (t.Key == "to")
            {
                var verb = i - 1;
                // "vowed on Monday to strike": no more than a short adverb between.
                if (verb >= first && context.Tokens[verb].Key.EndsWith("ly", StringComparison.Ordinal))
                    verb--;
                // "Hezbollah vowed to strike …": the claim may open on "to", after the verb that made it.
                return verb < 0 ? Intent.None
                    : context.IsAnyWord(verb, ThreatVerbs) ? Intent.Threat
                    : context.IsAnyWord(verb, PlanVerbs) ? Intent.Plan
                    : Intent.None;
            }
            if (!IntentFillers.Contains(t, context.Gazetteer.Words) && !t.Key.EndsWith("ly", StringComparison.Ordinal))
                return Intent.None;
        }
        return Intent.None;
    }

    // "X vowed to continue its attacks on Y": a claim that opens on an infinitive with no actor before the act has the
    // speaker's side as its doer.
    private static EntityDraft? InfinitiveOfSpeaker(ArticleContext context, ClaimDraft claim, int cue, List<EntityDraft> objects)
    {
        if (!context.IsWord(claim.FirstToken, "to") || claim.Verb < 0 || claim.Verb >= claim.FirstToken)
            return null;
        for (var i = claim.FirstToken + 1; i < cue; i++)
        {
            if (context.MentionAt(i) is not null || !context.Tokens[i].IsWordLike)
                return null;
        }
        return SpeakerSide(claim) is { } side && !objects.Contains(side) ? side : null;
    }
}

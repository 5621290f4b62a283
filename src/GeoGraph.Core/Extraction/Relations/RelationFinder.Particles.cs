using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "pushed the LRA back from Gulu", "had driven the troops of the junta out of the town": a verb of force whose particle
// follows its object. The cue list reads the verb and particle only side by side ("pushed back").
internal static partial class RelationFinder
{
    private static readonly WordSet ForcingVerbs =
    [
        "pushed", "push", "pushes", "pushing", "drove", "driven", "drive", "drives", "driving", "beat", "beaten", "beats",
        "forced", "forcing", "chased", "chase", "chasing", "flushed", "flush",
    ];

    private static readonly WordSet ForcedParticles = ["back", "out", "off", "away"];

    // The words an object may run to between the verb and its particle.
    private const int MaxForcedObjectLength = 7;

    /// <summary>"X pushed Y back", "X drove Y out of Z": X attacks Y (threatens it, when vowed).</summary>
    public static void ForcedBack(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, ForcingVerbs))
            return;
        for (var k = claim.FirstToken; k + 2 < claim.EndToken; k++)
        {
            if (!context.IsAnyWord(k, ForcingVerbs) || context.MentionAt(k) is not null || InCondition(context, claim.FirstToken, k))
                continue;
            var particle = ParticleAfterObject(context, k + 1, claim.EndToken);
            if (particle < 0)
                continue;
            var forced = Objects(context, k + 1, particle, RelationType.Attacks, actorsOnly: true);
            if (forced.Count == 0 || Subject(context, claim, k, RelationType.Attacks, forced) is not { } forcer)
                continue;
            var intent = IntentBefore(context, claim.FirstToken, k);
            if (intent == Intent.Plan)
                continue;
            var relation = intent == Intent.Threat ? RelationType.Threatens : RelationType.Attacks;
            var denied = DeniedAt(context, claim, k);
            foreach (var side in forced)
            {
                if (side != forcer)
                    AddRelation(claim, forcer, relation, side, denied);
            }
        }
    }

    // Where the particle stands after an object that holds a name and no clause break; -1 where none does.
    private static int ParticleAfterObject(ArticleContext context, int from, int end)
    {
        var named = false;
        for (var i = from; i < end && i <= from + MaxForcedObjectLength; i++)
        {
            if (context.IsAnyWord(i, ForcedParticles))
                return named && i > from ? i : -1;
            var t = context.Tokens[i];
            if (!t.IsWordLike && !(t.Is('\'') && context.IsWord(i + 1, "s")) || context.IsWord(i, "and") || context.IsWord(i, "that") || context.IsWord(i, "to"))
                return -1;
            named |= context.MentionAt(i) is { Entity.IsActor: true };
        }
        return -1;
    }
}

using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// Warnings whose condition follows them: "Turkey would strike again if the PKK attacked", "threatened to use force if X refused".
internal static partial class RelationFinder
{
    /// <summary>
    /// A warning in the main clause ("would strike", "would respond", or a verb of threat that introduces the claim)
    /// followed by "if" or "unless" and an actor: the warner threatens that actor. The warner is the first actor of
    /// the main clause, else the speaker's side.
    /// </summary>
    private static void TrailingConditions(ArticleContext context, ClaimDraft claim)
    {
        var threatVerb = claim.Verb >= 0 && claim.Verb < claim.FirstToken
                         && context.Cues(claim.Verb).Any(c => c.Kind == CueKind.Relation && c.Relation == RelationType.Threatens);
        for (var i = claim.FirstToken + 1; i < claim.EndToken; i++)
        {
            if (!context.IsWord(i, "if") && !context.IsWord(i, "unless") || context.Tokens[i - 1].Is(','))
                continue;
            if (context.MentionAt(NextContentWord(context, i + 1, claim.EndToken)) is not { Entity: { IsActor: true } target })
                continue;
            if (!threatVerb && !Warns(context, claim.FirstToken, i))
                continue;
            EntityDraft? warner = null;
            for (var j = claim.FirstToken; j < i && warner is null; j++)
            {
                if (context.IsWord(j, "we") || context.IsWord(j, "it") && j == claim.FirstToken)
                    warner = SpeakerSide(claim);
                else if (context.MentionAt(j) is { Entity: { IsActor: true } w } && w != target)
                    warner = w;
            }
            warner ??= SpeakerSide(claim);
            if (warner is not null)
                AddRelation(claim, warner, RelationType.Threatens, target, claim.DeniedByVerb);
            return;
        }
    }
}

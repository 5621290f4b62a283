using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "Kenyan troops will be attacked wherever they are, the LRA said": a harm foretold in the passive, with no one named
// to do it, is the speaker's threat against the one who will suffer it.
internal static partial class RelationFinder
{
    private const int MaxPatientLength = 6;

    /// <summary>"X will be attacked", "X would be targeted", said by a side: that side threatens X.</summary>
    public static void PassiveThreats(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, FutureAuxiliaries) || SpeakerSide(claim) is not { } threatener)
            return;
        for (var k = claim.FirstToken + 3; k < claim.EndToken; k++)
        {
            if (!context.IsWord(k - 1, "be") || context.CueAt(k, CueKind.Relation) is not { } match
                || FirstRelationCue(match.Values) is not { Relation: RelationType.Attacks, Direction: CueDirection.Active or CueDirection.Passive })
                continue;
            var auxiliary = context.IsWord(k - 2, "not") ? k - 3 : k - 2;
            // "will be attacked by the LRA": a named doer makes it a report of who will act, read elsewhere.
            if (!context.IsAnyWord(auxiliary, FutureAuxiliaries) || context.IsWord(match.End, "by") || context.IsWord(k + 1, "by"))
                continue;
            var start = Math.Max(claim.FirstToken, auxiliary - MaxPatientLength);
            for (var i = auxiliary - 1; i > start; i--)
            {
                if (!context.Tokens[i].IsWordLike && !context.Tokens[i].Is('\'') && !context.Tokens[i].Is('-'))
                {
                    start = i + 1;
                    break;
                }
            }
            foreach (var patient in Objects(context, start, auxiliary, RelationType.Threatens, actorsOnly: true))
            {
                if (patient != threatener)
                    AddRelation(claim, threatener, RelationType.Threatens, patient, DeniedAt(context, claim, k));
            }
        }
    }
}

using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "Ruto thanked Tanzania and Rwanda for their help": those thanked for help or support gave it to the one who thanks.
internal static partial class RelationFinder
{
    private static readonly WordSet ThankVerbs = ["thanked", "thanks", "thanking", "thank"];

    private const int MaxThankedLength = 24;

    /// <summary>"X thanked Y for its help": Y supports X (an official's body, where the official has one).</summary>
    public static void Thanks(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, ThankVerbs))
            return;
        for (var k = claim.FirstToken; k + 3 < claim.EndToken; k++)
        {
            if (!context.IsAnyWord(k, ThankVerbs) || context.MentionAt(k) is not null)
                continue;
            var givers = new List<EntityDraft>();
            var help = -1;
            for (var i = k + 1; i < claim.EndToken && i <= k + MaxThankedLength; i++)
            {
                if (context.IsWord(i, "for"))
                {
                    var noun = context.IsAnyWord(i + 1, Words.Determiners) ? i + 2 : i + 1;
                    help = context.IsAnyWord(noun, HelpNouns) ? noun : -1;
                    break;
                }
                if (context.MentionAt(i) is { Entity: { IsActor: true } thanked } m && m.Form != MentionForm.Unnamed)
                {
                    givers.Add(BodyOf(thanked));
                    i = m.EndToken - 1;
                }
            }
            // "(the president said …) and he thanked X": a pronoun with no named antecedent is the speaker.
            if (help < 0 || givers.Count == 0
                || (Subject(context, claim, k, RelationType.Supports, givers)
                    ?? (context.IsAnyWord(k - 1, Words.PersonPronouns) || context.IsWord(k - 1, "it") ? SpeakerSide(claim) : null)) is not { } thanker)
                continue;
            var receiver = BodyOf(thanker);
            var denied = DeniedAt(context, claim, k);
            foreach (var giver in givers.Distinct().Where(g => g != receiver))
                AddRelation(claim, giver, RelationType.Supports, receiver, denied);
        }
    }
}

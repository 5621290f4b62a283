using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "clashes between Kenyan and Ugandan troops", "talks between Sudanese and Chadian officials": two states named by
// their demonyms that share one noun of forces or people are the two sides.
internal static partial class RelationFinder
{
    /// <summary>The two countries of "[the] A and B noun" at <paramref name="at"/>, when the noun is a state's arm or people; else empty.</summary>
    private static List<EntityDraft> PairedDemonyms(ArticleContext context, int at, int end)
    {
        if (context.IsWord(at, "the"))
            at++;
        if (context.MentionAt(at) is not { Form: MentionForm.Demonym, Entity: { Kind: EntityKind.Country } first } m1 || m1.FirstToken != at
            || !context.IsWord(m1.EndToken, "and")
            || context.MentionAt(m1.EndToken + 1) is not { Form: MentionForm.Demonym, Entity: { Kind: EntityKind.Country } second } m2
            || m2.FirstToken != m1.EndToken + 1 || m2.EndToken >= end || first == second)
            return [];
        var noun = context.IsAnyWord(m2.EndToken, ArmBranches) ? m2.EndToken + 1 : m2.EndToken;
        return context.IsAnyWord(noun, StateActs) || context.IsAnyWord(noun, StatePeople) ? [first, second] : [];
    }
}

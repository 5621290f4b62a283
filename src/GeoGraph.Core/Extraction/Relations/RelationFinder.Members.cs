using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "the militants, who belong to the LRA, had attacked", "the gunmen, believed to be members of al-Shabaab, killed": an
// apposition that names the group of the fighters described before it names who acted.
internal static partial class RelationFinder
{
    private static readonly WordSet GuessVerbs = ["believed", "thought", "suspected", "said"];

    private static readonly WordSet BelongingWords = ["belong", "belongs", "belonged", "members", "member", "loyal", "from"];

    /// <summary>
    /// The group or body named after a word of belonging ("belong to", "members of", "loyal to", "from") in the
    /// apposition (<paramref name="open"/>, <paramref name="close"/>) set after a plural noun for fighters; else null.
    /// </summary>
    private static EntityDraft? GroupOfApposedNoun(ArticleContext context, int open, int close)
    {
        var head = open - 1;
        // "the group, a member of the alliance, …": a body that is a member acts itself.
        if (head < 0 || !context.IsAnyWord(head, FighterNouns) || context.MentionAt(head) is { Form: MentionForm.Name or MentionForm.Demonym })
            return null;
        for (var i = open + 1; i < close - 1; i++)
        {
            if (!context.IsAnyWord(i, BelongingWords))
                continue;
            var at = i + 1;
            while (at < close && (context.IsWord(at, "to") || context.IsWord(at, "of") || context.IsWord(at, "the")))
                at++;
            if (context.MentionAt(at) is { Form: MentionForm.Name, Entity: { Kind: EntityKind.Group or EntityKind.Organisation } group } m && m.FirstToken == at)
                return group;
        }
        return null;
    }
}

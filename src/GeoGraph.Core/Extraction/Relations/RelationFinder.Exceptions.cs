using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Relations;

// What a cue seems to say but does not: talks walked out of, an event held rather than ground, a part of a group
// acting where the article names only the group.
internal static partial class RelationFinder
{
    // Whether "withdrew from", "pulled out of" or "walked out of" stands just before the talks at <paramref name="k"/>.
    private static bool TalksLeftBefore(ArticleContext context, int first, int k)
    {
        var i = k - 1;
        while (i > first && i >= k - 3 && !context.IsWord(i, "from") && !context.IsWord(i, "of"))
            i--;
        if (i <= first || !context.IsWord(i, "from") && !context.IsWord(i, "of"))
            return false;
        return context.IsAnyWord(i - 1, LeavingVerbs)
               || context.IsWord(i, "of") && context.IsWord(i - 1, "out") && (context.IsAnyWord(i - 2, LeavingVerbs) || context.IsAnyWord(i - 2, WalkingOut));
    }

    private static readonly WordSet WalkingOut = ["walked", "walks", "walking", "walk", "stormed"];

    // Whether <paramref name="owner"/> is named before the verb only as the owner of its subject ("the LRA's northern
    // wing", "a faction of the LRA").
    private static bool OwnsTheSubject(ArticleContext context, int first, int verb, EntityDraft owner)
    {
        for (var i = Math.Max(first, verb - 8); i < verb; i++)
        {
            if (context.MentionAt(i) is not { } m || m.FirstToken != i || m.Entity != owner)
                continue;
            var possessor = m.EndToken + 1 < verb && context.Tokens[m.EndToken].Is('\'') && context.IsWord(m.EndToken + 1, "s");
            var of = context.IsWord(m.FirstToken - 1, "the") ? m.FirstToken - 2 : m.FirstToken - 1;
            var partOf = context.IsWord(of, "of") && context.IsAnyWord(of - 1, SubjectParts);
            if (possessor || partOf)
                return true;
            i = m.EndToken - 1;
        }
        return false;
    }

    // Whether only up to three lower-case words that name nothing stand in [first, k).
    private static bool UnnamedOpening(ArticleContext context, int first, int k)
    {
        if (k - first > 3)
            return false;
        for (var i = first; i < k; i++)
        {
            if (context.Tokens[i] is not { Kind: TokenKind.Word, Case: TokenCase.Lower } || context.MentionAt(i) is not null)
                return false;
        }
        return true;
    }

    private static readonly WordSet SubjectParts =
    [
        "faction", "factions", "wing", "wings", "branch", "part", "unit", "units", "cell", "cells", "members", "commanders",
        "fighters", "elements", "section", "splinter", "leaders", "leader", "some", "many",
    ];

    private static readonly WordSet HeldEvents =
    [
        "talks", "meeting", "meetings", "consultations", "discussions", "negotiations", "elections", "election", "summit", "conference",
        "rally", "rallies", "ceremony", "vote", "referendum", "funeral", "session", "sessions", "hearing", "hearings", "trial", "protest",
        "protests", "drills", "exercises", "parade", "briefing", "dialogue", "call", "celebrations",
    ];
}

using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// Verbs whose object and what it is named, given or credited with are the statement: "considers the LRA an extension
/// of X", "gave the commander's name as X", "gave a higher toll of 25", "credited the army with the recapture of X",
/// "has named a local group as behind the attacks".
/// </summary>
internal sealed partial class ClaimFinder
{
    private static readonly HashSet<string> ConsiderVerbs = ["considers", "considered", "consider"];

    // "credited the Rwandan army with …": the credit names an actor and what it did.
    private static bool IsCredit(string key) => key is "credited" or "credits";

    // "considers the LRA an extension of al-Shabaab", "We consider this a dangerous escalation": an object and what
    // it is named; "considered Uganda's request" names nothing.
    private bool ConsideredAsSomething(int verb, int end)
    {
        if (_context.IsAnyWord(verb - 1, PassiveAuxiliaries) || _context.IsWord(verb + 1, "whether") || _context.IsWord(verb + 1, "that"))
            return false;
        var i = verb + 1;
        while (i < end && _context.IsWord(i, "the"))
            i++;
        if (i < end && _context.MentionAt(i) is { Entity: { IsActor: true } } m && m.FirstToken == i && m.Form != Mentions.MentionForm.Demonym)
            return m.EndToken < end && _context.Tokens[m.EndToken].Key is "a" or "an" or "as" or "to" && _context.Tokens[m.EndToken].IsWordLike
                   && (!_context.IsWord(m.EndToken, "to") || _context.IsWord(m.EndToken + 1, "be"));
        return NounComplementFollows(verb + 1, end);
    }

    // "gave the commander's name as", "gave the official toll as": what is given as a figure or a name.
    private static readonly WordSet GivenFigures = ["name", "names", "toll", "figure", "figures", "number", "identity", "age", "cause", "count"];

    private bool GivenAs(int verb)
    {
        for (var i = verb + 1; i < _context.Tokens.Count && i <= verb + 5; i++)
        {
            // "gave the toll as 19", "gave a higher toll of 25".
            if (_context.IsAnyWord(i, GivenFigures))
                return _context.IsWord(i + 1, "as") || _context.IsWord(i + 1, "of") && i + 2 < _context.Tokens.Count && _context.Tokens[i + 2].Kind == TokenKind.Number;
        }
        return false;
    }

    // "credited the army with …": "with" or "for" soon after the one credited.
    private bool WithWithin(int from, int count)
    {
        for (var i = from; i < from + count && i < _context.Tokens.Count && !_context.Tokens[i].Is('.'); i++)
        {
            if (_context.IsWord(i, "with") || _context.IsWord(i, "for"))
                return true;
        }
        return false;
    }

    // Who may stand before "named" when it names someone as something: a subject, a pronoun or an auxiliary.
    private static readonly WordSet NamerBefore = ["it", "he", "she", "they", "we", "has", "have", "had", "also", "later", "publicly", "officially"];
}

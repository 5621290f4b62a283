using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// "LRA fighters killed two soldiers near Gulu, said the Ugandan army.", "Two soldiers killed in ambush, says Joint
/// Command": a verb of saying right after the statement's comma, with its speaker after it.
/// </summary>
internal sealed partial class ClaimFinder
{
    private static readonly WordSet VerbFirstVerbs = ["said", "says", "added", "stated", "reported", "reports", "announced", "claimed"];

    private ClaimDraft? VerbFirst(Sentence s, int verb, int verbEnd)
    {
        if (verb - 1 <= s.FirstToken || !_context.Tokens[verb - 1].Is(',') || !_context.IsAnyWord(verb, VerbFirstVerbs) || verbEnd >= s.EndToken)
            return null;
        // The speaker runs to the next comma or the end: "said the army in a statement", "said John Okello, a spokesman";
        // "X, which has 10,000 troops, said on Saturday it would stay" has its subject before the comma and a clause after.
        var speakerEnd = verbEnd;
        while (speakerEnd < s.EndToken && !_context.Tokens[speakerEnd].Is(',') && !_context.Tokens[speakerEnd].Is(';'))
        {
            if (_context.IsAnyWord(speakerEnd, Pronouns) || _context.IsWord(speakerEnd, "that") || _context.Tokens[speakerEnd].IsWordLike && IsFiniteVerb(_context.Tokens[speakerEnd].Key))
                return null;
            speakerEnd++;
        }
        if (_speakers.Find(verbEnd, speakerEnd) is not { } speaker || speaker.Entity is null && !speaker.IsPerson)
            return null;
        // "said Kenya's foreign minister, John Kamau": the name in apposition is the one who spoke.
        if (speaker.Entity is not { Kind: EntityKind.Official } && speakerEnd + 1 < s.EndToken && _context.MentionAt(speakerEnd + 1) is { Entity: { Kind: EntityKind.Official } named } person
            && person.FirstToken == speakerEnd + 1)
        {
            speaker = new Speaker(named, null, true);
            speakerEnd = person.EndToken;
        }
        var start = StartAfterUsed(s, verb - 2);
        var end = verb - 1;
        if (WordCount(start, end) < 3 || !(LooksLikeClause(start, end) || Headline(s)))
            return null;
        return new ClaimDraft(start, end, ClaimForm.ReportedSpeech, speaker) { Attribution = (verb, speakerEnd), Verb = verb };
    }
}

using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// Who a reported statement's source is when the subject is not plain: the subject of the first of two verbs joined by
/// "and", a body named and described between commas after the statement, a source who asked not to be named.
/// </summary>
internal sealed partial class ClaimFinder
{
    // "The United States imposed sanctions on Hemedti and said …": before a verb of saying joined by "and", the one who
    // speaks is the subject of the first verb, not a person named in its object.
    private Speaker? JoinedVerbSubject(int subjectStart, int verb)
    {
        if (!_context.IsWord(verb - 1, "and"))
            return null;
        for (var i = subjectStart + 1; i < verb - 1; i++)
        {
            var t = _context.Tokens[i];
            if (!t.IsWordLike || t.Case != Tokens.TokenCase.Lower || _context.MentionAt(i) is not null)
                continue;
            var past = t.Key.Length > 4 && t.Key.EndsWith("ed", StringComparison.Ordinal) || _context.HasCue(i, Gazetteers.CueKind.Relation);
            if (!IsFiniteVerb(t.Key) && !(past && !_context.IsAnyWord(i - 1, Words.Determiners)))
                continue;
            return _speakers.Find(subjectStart, i) is { Entity: not null } subject && _speakers.Find(subjectStart, verb) is { Entity: { Kind: EntityKind.Official } named }
                   && named != subject.Entity ? subject : null;
        }
        return null;
    }

    // "…, Operation Atalanta, the EU naval mission, said" or "…, the EU naval mission, Operation Atalanta, said": two
    // parts between commas before the verb, one a body's name and the other a description; where they start and the body.
    private (int Start, Mentions.EntityDraft Body)? ApposedBodyBefore(Sentence s, int verb)
    {
        if (verb - 1 <= s.FirstToken || !_context.Tokens[verb - 1].Is(','))
            return null;
        var inner = PreviousComma(s, verb - 1);
        var outer = inner < 0 ? -1 : PreviousComma(s, inner);
        if (outer < 0)
            return null;
        var (first, second) = ((outer + 1, inner), (inner + 1, verb - 1));
        var body = WholeBody(first.Item1, first.Item2) ?? WholeBody(second.Item1, second.Item2);
        var described = _context.IsAnyWord(first.Item1, Words.Determiners) || _context.IsAnyWord(second.Item1, Words.Determiners);
        return body is not null && described ? (outer + 1, body) : null;
    }

    // The comma before token <paramref name="from"/> within fourteen tokens, past no other mark; else -1.
    // "The UN mission, MONUSCO, said": a body's name between the commas right before the verb is the body described.
    private Speaker? NamedInAppositionBefore(Sentence s, int verb)
    {
        if (verb - 1 <= s.FirstToken || !_context.Tokens[verb - 1].Is(','))
            return null;
        var inner = PreviousComma(s, verb - 1);
        return inner >= 0 && WholeBody(inner + 1, verb - 1) is { } body ? new Speaker(body, null, false) : null;
    }

    private int PreviousComma(Sentence s, int from)
    {
        for (var i = from - 1; i > s.FirstToken && i >= from - 14; i--)
        {
            if (_context.Tokens[i].Is(','))
                return i;
            if (_used[i] || !_context.Tokens[i].IsWordLike && !_context.Tokens[i].Is('\'') && !_context.Tokens[i].Is('-')
                && !_context.Tokens[i].Is('(') && !_context.Tokens[i].Is(')'))
                return -1;
        }
        return -1;
    }

    // A named body that fills tokens [first, end) alone, or after "the", or with its acronym in brackets after it.
    private Mentions.EntityDraft? WholeBody(int first, int end)
    {
        if (_context.IsWord(first, "the"))
            first++;
        return _context.MentionAt(first) is { Entity: { IsActor: true, Kind: not EntityKind.Official and not EntityKind.Country } e, Form: Mentions.MentionForm.Name } m
               && m.FirstToken == first && AfterBracketedAcronym(m.EndToken, end) == end
            ? e
            : null;
    }

    // "asked not to be named", "asked to remain anonymous", "asked that his name be withheld".
    private bool AsksAnonymity(int after) =>
        _context.IsWord(after, "not") && _context.IsWord(after + 1, "to")
        || _context.IsWord(after, "to") && (_context.IsWord(after + 1, "not") || _context.IsAnyWord(after + 1, StayWords) && _context.IsWord(after + 2, "anonymous"))
        || _context.IsWord(after, "that") && _context.IsAnyWord(after + 1, Possessives) && _context.IsAnyWord(after + 2, NameWords);

    private static readonly WordSet StayWords = ["remain", "stay", "be"];

    private static readonly WordSet NameWords = ["name", "names", "identity", "identities"];
}

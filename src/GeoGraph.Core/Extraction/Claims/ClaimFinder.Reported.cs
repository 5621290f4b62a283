using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>Reported speech: "X said (that) …", "X quoted Y as saying …", and "…, X said."</summary>
internal sealed partial class ClaimFinder
{
    private void Reported(Sentence s)
    {
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            if (_used[k] || !IsSpeechVerb(k) || InsideQuote(s, k))
                continue;
            var verbEnd = _context.CueAt(k)!.End;
            // "said asserted that": the last of a run of verbs introduces the statement.
            if (verbEnd < s.EndToken && IsSpeechVerb(verbEnd) && !_used[verbEnd])
                continue;
            if (_context.IsWord(k - 1, "as") || _context.IsWord(k - 1, "was") || _context.IsWord(k - 1, "were")
                || _context.IsWord(k - 1, "been") || _context.IsWord(k - 1, "is") || _context.IsWord(k - 1, "be"))
                continue;
            var subjectStart = SubjectStart(s, k);
            var speaker = _speakers.Find(subjectStart, k);
            var quoted = _context.Tokens[k].Key is "quoted" or "quotes" or "cited" or "cites";
            Mentions.EntityDraft? outlet = null;
            var complement = verbEnd;
            if (quoted)
            {
                outlet = speaker?.Entity is { IsOutlet: true } o ? o : null;
                var saying = complement;
                while (saying < s.EndToken && !_context.IsWord(saying, "saying"))
                    saying++;
                if (saying >= s.EndToken)
                    continue;
                speaker = _speakers.Find(complement, saying);
                complement = saying + 1;
            }
            var start = ComplementStart(s, complement, out var told);
            outlet ??= told;
            if (speaker is null)
                continue;
            var parenthetical = subjectStart > s.FirstToken && _context.Tokens[subjectStart - 1].Is(',')
                                && verbEnd < s.EndToken && _context.Tokens[verbEnd].Is(',') && !quoted;
            var claim = parenthetical
                ? Inverted(s, subjectStart, speaker, s.EndToken)
                : start < s.EndToken && WordCount(start, s.EndToken) >= 3
                    ? new ClaimDraft(start, s.EndToken, ClaimForm.ReportedSpeech, speaker)
                    : Inverted(s, subjectStart, speaker, subjectStart - 1);
            if (claim is null)
                continue;
            claim.ReportedBy = outlet;
            claim.Attribution = (subjectStart, Math.Max(start, verbEnd));
            claim.DeniedByVerb = IsDenial(_context.Tokens[k].Key);
            claim.Verb = k;
            Add(claim);
        }
    }

    // ", the official said." at the end of a sentence: the statement is the clause before the comma.
    private ClaimDraft? Inverted(Sentence s, int subjectStart, Speaker speaker, int end)
    {
        if (subjectStart <= s.FirstToken || !_context.Tokens[subjectStart - 1].Is(','))
            return null;
        var start = s.FirstToken;
        for (var i = subjectStart - 2; i > s.FirstToken; i--)
        {
            if (_used[i])
            {
                start = i + 1;
                break;
            }
        }
        return new ClaimDraft(start, end, ClaimForm.ReportedSpeech, speaker);
    }

    // The subject of a verb of saying starts after the last comma that closes a clause, but an
    // apposition ("Jens Stoltenberg, NATO secretary general said") belongs to it.
    private int SubjectStart(Sentence s, int verb)
    {
        var i = verb - 1;
        var commas = 0;
        while (i >= s.FirstToken && !_used[i])
        {
            var t = _context.Tokens[i];
            if (t.Is(';') || t.Is('"') || t.Is(':'))
                break;
            if (t.Is(','))
            {
                commas++;
                if (!ClosesAppositive(s, i) || commas > 2)
                    break;
            }
            i--;
        }
        return i + 1;
    }

    // "Laila Noor, commander of the mission, said": the comma closes an apposition to a named person.
    private bool ClosesAppositive(Sentence s, int comma)
    {
        for (var j = comma - 1; j >= s.FirstToken && j >= comma - 16; j--)
        {
            if (_context.MentionAt(j) is { IsPerson: true } m && m.EndToken == j + 1)
                return m.EndToken == comma || _context.Tokens[m.EndToken].Is(',');
            if (IsSpeechVerb(j))
                return false;
        }
        return false;
    }

    // After the verb: skip "in a statement", "on Tuesday", "told Reuters" and take what follows "that".
    private int ComplementStart(Sentence s, int from, out Mentions.EntityDraft? told)
    {
        told = null;
        for (var i = from; i < s.EndToken && i < from + 14; i++)
        {
            var t = _context.Tokens[i];
            if (t.IsWordLike && t.Key == "that")
                return i + 1;
            if (_context.MentionAt(i) is { Entity: { IsOutlet: true } outlet } && i > from - 1
                && (_context.IsWord(i - 1, "told") || _context.IsWord(i - 1, "the") || _context.IsWord(i - 1, "with")))
                told = outlet;
            if (t.Is('"') || t.Is(';'))
                break;
        }
        var j = from;
        if (told is not null)
        {
            while (j < s.EndToken && _context.MentionAt(j)?.Entity != told)
                j++;
            j = _context.MentionAt(j)?.EndToken ?? j;
        }
        while (j < s.EndToken && (_context.Tokens[j].Is(',') || _context.Tokens[j].Is(':')))
            j++;
        return j;
    }

    private bool InsideQuote(Sentence s, int k)
    {
        var marks = 0;
        for (var i = s.FirstToken; i < k; i++)
        {
            if (_context.Tokens[i].Is('"'))
                marks++;
        }
        return marks % 2 == 1;
    }
}

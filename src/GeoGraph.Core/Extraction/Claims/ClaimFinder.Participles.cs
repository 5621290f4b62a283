using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>Participles of saying that go on with a clause: "…, saying it had detected violations".</summary>
internal sealed partial class ClaimFinder
{
    private static readonly WordSet SpeechParticiples =
    [
        "saying", "adding", "insisting", "arguing", "claiming", "noting", "stressing", "accusing", "blaming",
        "alleging", "asserting", "explaining", "denying", "stating", "acknowledging", "warning", "confirming",
        "announcing", "admitting", "conceding", "reiterating", "holding",
    ];

    /// <summary>
    /// "Israel's military kept residents away, saying it had detected violations", "…, Lt Gen Chaudhry said, before
    /// accusing India of …": a participle of saying after a clause that made no claim states on behalf of that
    /// clause's subject.
    /// </summary>
    private void Participles(Sentence s)
    {
        for (var k = s.FirstToken + 2; k < s.EndToken; k++)
        {
            if (_used[k] || !_context.IsAnyWord(k, SpeechParticiples) || InsideQuote(s, k))
                continue;
            // "…, holding the UAE responsible for …": a hold to account, not "holding talks".
            if (_context.IsWord(k, "holding") && !HeldAnswerable(k))
                continue;
            var comma = _context.IsWord(k - 1, "before") || _context.IsWord(k - 1, "after") || _context.IsWord(k - 1, "while") ? k - 2 : k - 1;
            if (comma <= s.FirstToken || !_context.Tokens[comma].Is(','))
                continue;
            var clause = comma;
            while (clause > s.FirstToken && !_used[clause - 1])
                clause--;
            var speaker = _used[Math.Max(s.FirstToken, clause - 1)] && _claims.Count > 0 && clause > s.FirstToken
                ? _claims[^1].Speaker
                : MainSubject(clause, comma);
            if (speaker is null)
                continue;
            var start = ComplementStart(s, k + 1, out var told);
            var end = StatementEnd(s, start, k);
            var accusation = _context.Tokens[k].Key is "accusing" or "blaming" or "holding";
            if (start >= end || WordCount(start, end) < 3 && !accusation || !(AfterThat(start) || accusation || LooksLikeClause(start, end)))
                continue;
            // '"…," the statement added, blaming Indian operatives': a participle right after a claim of the same
            // speaker goes on with that claim; after "before" or "after" it is a statement of its own.
            // A quote's accusation with its charge is a statement of its own: '"…," the ministry said, accusing X of …';
            // naming only the culprit ('…, blaming Indian operatives') goes on with the quote.
            var charge = accusation && _claims.Count > 0 && _claims[^1].Form == ClaimForm.DirectQuote && OfWithin(start, end);
            var host = comma == k - 1 && !charge && _claims.Count > 0 && _claims[^1].EndToken <= comma && _context.SentenceOfToken[_claims[^1].EndToken - 1] == s.Index
                ? _claims[^1]
                : null;
            var claim = new ClaimDraft(start, end, ClaimForm.ReportedSpeech, speaker)
            {
                ReportedBy = told,
                Attribution = (k, start),
                DeniedByVerb = _context.Tokens[k].Key is "denying",
                Verb = k,
                Host = host,
                // "…, blaming the LRA": a short charge reads with its participle.
                TextFirst = accusation && WordCount(start, end) < 3 ? k : -1,
            };
            if (host is null)
                Add(claim);
            else
                _extensions.Add(claim);
        }
    }

    // "The crew reported three dead …, the command said": a later verb of saying in the sentence attributes it.
    private bool LaterAttribution(Sentence s, int from)
    {
        for (var i = from; i < s.EndToken; i++)
        {
            if (IsSpeechVerb(i) && !InsideQuote(s, i))
                return true;
        }
        return false;
    }
}

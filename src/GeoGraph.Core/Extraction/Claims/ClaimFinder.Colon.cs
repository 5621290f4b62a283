using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// Statements introduced by a colon: briefing items ("1.1 U.S. Central Command, 28 January: three service members
/// were killed …"), a quote after a clause with no verb of saying ("Getachew put it more bluntly: "…"") and quote
/// paragraphs after an introduction that ends the sentence ("He spoke of victory first: ¶ "…").
/// </summary>
internal sealed partial class ClaimFinder
{
    // The speaker of a sentence that ended on a colon, for a quote that opens the next one.
    private Speaker? _pendingColon;
    private int _pendingColonSentence = -1;

    /// <summary>The speaker a colon at token <paramref name="colon"/> hands its statement to, if any.</summary>
    private Speaker? ColonSpeaker(Sentence s, int colon, bool quoteFollows)
    {
        var first = s.FirstToken;
        while (first < colon && !_context.Tokens[first].IsWordLike)
            first++;
        if (first >= colon || _used[first])
            return null;
        if (IsHeading(first, colon) && HeadingNamesSpeaker(first, colon))
            return _speakers.Find(first, colon);
        return quoteFollows ? MainSubject(first, colon) : null;
    }

    // The heading names its speaker by itself: a name closed by a comma, a bracket or the colon
    // ("Sabrina Singh, 29 January", "U.S. Central Command (CENTCOM)"), not a possessor ("Wagner's revolt").
    private bool HeadingNamesSpeaker(int first, int colon)
    {
        if (_context.IsAnyWord(first, Words.Prepositions))
            return false;
        for (var i = first; i < colon; i++)
        {
            if (_context.MentionAt(i) is not { Entity.IsActor: true } m || m.Form == Mentions.MentionForm.Demonym)
                continue;
            var next = _context.Tokens[m.EndToken];
            if (m.EndToken == colon || next.Is(',') || next.Is('('))
                return true;
            i = m.EndToken - 1;
        }
        return false;
    }

    // "1.3 Deputy Pentagon Press Secretary Sabrina Singh, 29 January", "Austin, news conference, 1 February": a
    // heading of names, titles and dates with no verb of its own (a passive "quoted by" aside).
    private bool IsHeading(int first, int colon)
    {
        for (var i = first; i < colon; i++)
        {
            var t = _context.Tokens[i];
            if (!t.IsWordLike || t.Case != Tokens.TokenCase.Lower || _context.MentionAt(i) is not null)
                continue;
            if (IsFiniteVerb(t.Key) || IsSpeechVerb(i) && t.Key is not ("quoted" or "cited")
                || t.Key.EndsWith("ed", StringComparison.Ordinal) && t.Key is not ("quoted" or "cited"))
                return false;
        }
        return true;
    }

    private bool HeadingBefore(Sentence s, int verb)
    {
        for (var i = s.FirstToken; i < verb; i++)
        {
            if (_context.Tokens[i].Is(':'))
                return IsHeading(s.FirstToken, i) && !Dateline(s.FirstToken, i);
        }
        return false;
    }

    // "IMPHAL, Aug 30:", "Kabul, 12 March:": a place and a date before a colon open the body; they speak for no one.
    private bool Dateline(int first, int colon)
    {
        // "PESHAWAR: Seven policemen …": a place in capitals alone opens the body in the article's first sentences.
        if (colon > first && colon - first <= 3 && _context.SentenceOfToken[first] <= 2 && PlaceInCapitals(first, colon))
            return true;
        var comma = first;
        while (comma < colon && !_context.Tokens[comma].Is(','))
        {
            if (!_context.Tokens[comma].IsWordLike || !_context.Tokens[comma].IsCapitalised)
                return false;
            comma++;
        }
        if (comma == first || comma + 1 >= colon)
            return false;
        for (var i = comma + 1; i < colon; i++)
        {
            var t = _context.Tokens[i];
            if (t.Kind != Tokens.TokenKind.Number && !t.Is('.') && !(t.IsWordLike && (Words.DateWords.Contains(t, _context.Gazetteer.Words) || MonthAbbreviations.Contains(t, _context.Gazetteer.Words))))
                return false;
        }
        return true;
    }

    private bool PlaceInCapitals(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var t = _context.Tokens[i];
            if (!(t.Kind == Tokens.TokenKind.Word && t.Case == Tokens.TokenCase.AllCaps && t.Length >= 3 || t.Is('-'))
                || _context.MentionAt(i) is { Entity: { IsPlace: false } })
                return false;
        }
        return true;
    }

    private static readonly Tokens.WordSet MonthAbbreviations = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    private void Colon(Sentence s)
    {
        var colon = -1;
        var quote = false;
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (_context.Tokens[i].Is('"'))
                quote = !quote;
            // "20:40 GMT – Mwale: we left to spare the town": the colon of a time is no colon of speech.
            else if (!quote && _context.Tokens[i].Is(':') && !TimeColon(i))
            {
                colon = i;
                break;
            }
        }
        if (colon < 0)
            return;
        if (colon == s.EndToken - 1)
        {
            if (ColonSpeaker(s, colon, quoteFollows: true) is { } pending)
            {
                _pendingColon = pending;
                _pendingColonSentence = s.Index;
            }
            return;
        }
        var start = colon + 1;
        if (_used[start] || _context.Tokens[start].Is('"') || WordCount(start, s.EndToken) < 3
            || !IsHeading(s.FirstToken, colon) || ColonSpeaker(s, colon, quoteFollows: false) is not { } speaker)
            return;
        Add(new ClaimDraft(start, s.EndToken, ClaimForm.ReportedSpeech, speaker)
        {
            ReportedBy = Carrier(s.FirstToken, colon),
            Attribution = (s.FirstToken, start),
        });
    }

    private bool TimeColon(int i) =>
        i > 0 && i + 1 < _context.Tokens.Count && _context.Tokens[i - 1].Kind == Tokens.TokenKind.Number && _context.Tokens[i + 1].Kind == Tokens.TokenKind.Number;

    // A quote with no attribution of its own after a colon: in its sentence, or closing the sentence before.
    private Attribution? ColonAttribution(Sentence s, int open)
    {
        if (open > s.FirstToken && _context.Tokens[open - 1].Is(':'))
            return ColonSpeaker(s, open - 1, quoteFollows: true) is { } speaker
                ? new Attribution(speaker, Carrier(s.FirstToken, open - 1), (s.FirstToken, open), -1)
                : null;
        if (open == s.FirstToken && _pendingColon is { } pending && _pendingColonSentence == s.Index - 1)
            return new Attribution(pending, null, (0, 0), -1);
        return null;
    }
}

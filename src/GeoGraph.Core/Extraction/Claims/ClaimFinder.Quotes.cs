using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>Direct quotes: the words in quotation marks, attributed by the verb of saying outside them.</summary>
internal sealed partial class ClaimFinder
{
    private ClaimDraft? _lastQuote;

    // Quoted fragments waiting for the reported-speech pass of their sentence.
    private readonly List<ClaimDraft> _fragments = [];

    private void Quotes(Sentence s)
    {
        // Most sentences quote nothing: the list is made at the first quotation mark.
        List<int>? marks = null;
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (_context.Tokens[i].Is('"'))
                (marks ??= []).Add(i);
        }
        if (marks is null)
            return;
        var pairs = new List<(int Open, int Close)>();
        for (var k = 0; k < marks.Count; k += 2)
            pairs.Add((marks[k], k + 1 < marks.Count ? marks[k + 1] : s.EndToken));
        var inside = new bool[s.TokenCount];
        foreach (var (open, close) in pairs)
        {
            for (var i = open; i < close && i < s.EndToken; i++)
                inside[i - s.FirstToken] = true;
        }

        foreach (var (open, close) in pairs)
        {
            if (WordCount(open + 1, close) < 4 && !ShortSentenceQuote(s, open, close, inside))
                continue;
            var attribution = AttributeAfter(s, close, inside) ?? AttributeBefore(s, open, inside) ?? ColonAttribution(s, open);
            // A quote paragraph with no attribution of its own goes on the previous statement.
            var previous = _claims.Count > 0 ? _claims[^1] : _lastQuote;
            if (attribution is null && previous is not null && open == s.FirstToken
                && _context.SentenceOfToken[previous.EndToken - 1] >= s.Index - 2)
                attribution = new Attribution(previous.Speaker, previous.ReportedBy, (0, 0), -1);
            // 'Colonel X spoke to us at a base outside the city. / "When we arrived, …': the sentence before a quote that
            // opens its own sentence introduces the one who speaks in it.
            if (attribution is null && open == s.FirstToken && IntroducedBefore(s) is { } introduced)
                attribution = new Attribution(introduced, null, (0, 0), -1);
            if (attribution is null)
                continue;
            // 'From that date, the text says, "…"': words before an attribution set off by commas open the statement.
            var opens = attribution.VerbEnd >= 0 && attribution.Tokens.First > s.FirstToken + 1 && attribution.Tokens.End == open
                        && _context.Tokens[attribution.Tokens.First - 1].Is(',') && !_used[s.FirstToken] && WordCount(s.FirstToken, attribution.Tokens.First) >= 2
                        && !inside[0];
            var claim = new ClaimDraft(open + 1, close, ClaimForm.DirectQuote, attribution.Speaker)
            {
                ReportedBy = attribution.ReportedBy,
                Attribution = attribution.Tokens,
                TextFirst = opens ? s.FirstToken : -1,
            };
            // 'said it was "deeply alarmed …"': a quoted fragment belongs to the reported clause around it, which
            // the reported-speech pass reads whole; the fragment stands alone only if that pass finds nothing.
            if (IsFragment(s, open, close, attribution))
            {
                _fragments.Add(claim);
                continue;
            }
            var count = _claims.Count;
            Add(claim);
            if (_claims.Count > count)
                _lastQuote = _claims[^1];
        }
    }

    // A quote is a fragment of a longer clause when words of that clause stand right before its opening mark
    // ('accused India of "…"', 'The commanders "obliged …", the collective wrote') or right after its closing
    // mark ('accused "certain groups …" of endangering'), rather than the verb, "that" or a colon or comma.
    private bool IsFragment(Sentence s, int open, int close, Attribution attribution)
    {
        var before = open - 1;
        // 'had broken with the Front (ALM) "because …"': a name's bracketed acronym is the clause's last word.
        if (before > s.FirstToken && _context.Tokens[before].Is(')') && OpeningBracket(s, before) is var bracket and > 0)
            before = bracket - 1;
        if (before >= s.FirstToken && _context.Tokens[before].IsWordLike && before != attribution.VerbEnd - 1
            && !_context.IsWord(before, "that"))
            return true;
        // 'said the attackers were based in X and that "…"': a second "that" clause of the same verb goes on with the first.
        if (_context.IsWord(before, "that") && _context.IsWord(before - 1, "and") && attribution.VerbEnd >= 0 && attribution.VerbEnd < before - 3)
            return true;
        // 'said the army had withdrawn, adding that "…"': the quote goes on with the statement the participle extends.
        if (_context.IsWord(before, "that") && _context.IsAnyWord(before - 1, SpeechParticiples) && _context.Tokens[before - 2].Is(',')
            && attribution.VerbEnd >= 0 && attribution.VerbEnd < before - 3)
            return true;
        // 'said a tank had fired at the tower, "directly hitting it"': a quote that opens in lower case after a comma
        // ends the reported clause before it.
        if (before >= s.FirstToken && _context.Tokens[before].Is(',') && open + 1 < close && _context.Tokens[open + 1] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower }
            && attribution.VerbEnd >= 0 && (attribution.VerbEnd < before - 3
                // 'said the LRA, "an affiliate of X", …': a short subject after the verb, then the quoted apposition.
                || attribution.VerbEnd < before - 1 && (_context.MentionAt(attribution.VerbEnd) is not null || _context.IsAnyWord(attribution.VerbEnd, Words.Determiners))))
            return true;
        var after = close + 1;
        return attribution.VerbEnd >= 0 && attribution.VerbEnd <= open && after < s.EndToken && close < s.EndToken && _context.Tokens[after].Kind == Tokens.TokenKind.Word
               && _context.Tokens[after].Case == Tokens.TokenCase.Lower && !IsSpeechVerb(after);
    }

    // '"…," he said.', '"…," said X.', '"…," Tolo News quoted X as saying.'
    private Attribution? AttributeAfter(Sentence s, int close, bool[] inside)
    {
        var from = close + 1;
        var end = from;
        // '"…," the ministry said, accusing X of …': the participle is a statement of its own, not attribution.
        while (end < s.EndToken && !inside[end - s.FirstToken] && !(_context.Tokens[end].Is(',') && ParticipleAfter(end + 1)))
            end++;
        return Attribute(s, from, end);
    }

    // 'X said: "…"'
    private Attribution? AttributeBefore(Sentence s, int open, bool[] inside)
    {
        var from = open;
        while (from > s.FirstToken && !inside[from - 1 - s.FirstToken])
            from--;
        return Attribute(s, from, open);
    }

    /// <summary>Reads an attribution in tokens [from, end): speaker, outlet, and the tokens it spans.</summary>
    private Attribution? Attribute(Sentence s, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (_used[k])
                continue;
            if (HasCue(k, CueKind.Reporting) && _context.Tokens[k].Key is "quoted" or "quotes" or "cited" or "cites")
            {
                var saying = k + 1;
                while (saying < end && !_context.IsWord(saying, "saying"))
                    saying++;
                // "The assessment, as quoted by CNN, said": a passive "quoted by" names the carrier, not the speaker.
                if (saying >= end)
                    continue;
                var outlet = _speakers.Find(from, k)?.Entity;
                var speaker = _speakers.Find(k + 1, saying) ?? (outlet is null ? null : new Speaker(outlet, null, false));
                if (speaker is not null)
                    return new Attribution(speaker, outlet is { IsOutlet: true } ? outlet : null, (from, Math.Min(end, saying + 1)), Math.Min(end, saying + 1));
            }
            if (HasCue(k, CueKind.Speech))
            {
                // Before a quote the subject is the clause that ends at the verb ("After landmines killed …, the
                // ministry announced: "…""); after a quote the whole attribution is the subject.
                var subject = end < s.EndToken && _context.Tokens[end].Is('"') ? Math.Max(from, SubjectStart(s, k)) : from;
                // '"…," the prime minister said' with no prime minister named: a described speaker still speaks.
                var speaker = _speakers.Find(subject, k) ?? _speakers.Find(k + 1, end) ?? Described(subject, k) ?? NameAfterVerb(k + 1, end);
                if (speaker is null)
                    continue;
                return new Attribution(speaker, OutletTold(k, end) ?? Carrier(s.FirstToken, k), (from, end), _context.CueAt(k, CueKind.Speech)!.End);
            }
        }
        return null;
    }

    // '"…," said Grace Akello, a mother of four': a person no list knows, named by two to four capitalised words right
    // after the verb, speaks by that name.
    private Speaker? NameAfterVerb(int first, int end)
    {
        var last = Mentions.NamePatterns.CapitalisedRunEnd(_context, first, end, 4);
        var closes = last == end || _context.Tokens[last].Is(',') || _context.Tokens[last].Is('.');
        return last - first >= 2 && closes ? new Speaker(null, _context.Text(first, last), true) : null;
    }

    // "told Reuters", "told the BBC", "in an interview with Al Jazeera".
    private Mentions.EntityDraft? OutletTold(int verb, int end)
    {
        for (var i = verb; i < end && i < verb + 8; i++)
        {
            if (_context.MentionAt(i) is { Entity: { IsOutlet: true } outlet } && i > verb
                && (_context.IsWord(i - 1, "told") || _context.IsWord(i - 1, "the") && _context.IsWord(i - 2, "told")
                    || _context.IsWord(i - 1, "with") || _context.IsWord(i - 1, "to")))
                return outlet;
        }
        return null;
    }

    private static readonly Tokens.WordSet IntroducingVerbs =
    [
        "spoke", "speaking", "talked", "explained", "recalled", "described", "told", "says", "said", "put", "insisted", "remembered",
    ];

    // The person the sentence before <paramref name="s"/> introduces as speaking, when that sentence quotes nothing itself.
    private Speaker? IntroducedBefore(Sentence s)
    {
        if (s.Index == 0)
            return null;
        var before = _context.Sentences[s.Index - 1];
        Mentions.EntityDraft? person = null;
        var verb = false;
        for (var i = before.FirstToken; i < before.EndToken; i++)
        {
            if (_context.Tokens[i].Is('"') || _used[i])
                return null;
            if (_context.MentionAt(i) is { Entity: { Kind: EntityKind.Official } official } m)
            {
                person ??= official;
                i = m.EndToken - 1;
                continue;
            }
            verb |= _context.Tokens[i].Case == Tokens.TokenCase.Lower && _context.IsAnyWord(i, IntroducingVerbs);
        }
        return person is not null && verb ? new Speaker(person, null, true) : null;
    }

    /// <param name="VerbEnd">The token after the verb of saying, or -1 when the attribution is carried over.</param>
    private sealed record Attribution(Speaker Speaker, Mentions.EntityDraft? ReportedBy, (int First, int End) Tokens, int VerbEnd);

    // '"These are lies," the spokesman said': a short quote is a statement when it opens the sentence, ends with its
    // own punctuation and is attributed right after; a short quote inside a sentence is a phrase the writer borrows.
    private bool ShortSentenceQuote(Sentence s, int open, int close, bool[] inside) =>
        open == s.FirstToken && close < s.EndToken && WordCount(open + 1, close) >= 2
        && _context.Tokens[close - 1] is var mark && (mark.Is(',') || mark.Is('!') || mark.Is('?') || mark.Is('.'))
        && AttributeAfter(s, close, inside) is not null;
}

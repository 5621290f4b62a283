using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>"According to X, …" and "…, according to X": the statement on the other side of the comma.</summary>
internal sealed partial class ClaimFinder
{
    private void According(Sentence s)
    {
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            if (_used[k] || !HasCue(k, CueKind.According))
                continue;
            var cueEnd = _context.CueAt(k, CueKind.According)!.End;
            var sourceEnd = cueEnd;
            while (sourceEnd < s.EndToken && !_context.Tokens[sourceEnd].Is(',') && !_context.Tokens[sourceEnd].Is('.'))
                sourceEnd++;
            // "a communiqué of the Front according to which its units …": the source is named before "which".
            if (_context.IsWord(cueEnd, "which") && SourceBefore(s, k) is { } source && cueEnd + 3 < s.EndToken)
            {
                Add(new ClaimDraft(cueEnd + 1, s.EndToken, ClaimForm.AccordingTo, new Speaker(source, null, false)) { Attribution = (k, cueEnd + 1) });
                continue;
            }
            // "according to security officials quoted by The X": the officials speak, the outlet carried it.
            var carrier = QuotedBy(cueEnd, sourceEnd, out var quotedAt);
            // "According to the Home Minister, …", "according to the committee": a description speaks as a reported
            // subject would (the minister named before, or the body described).
            var speaker = _speakers.Find(cueEnd, carrier is null ? sourceEnd : quotedAt) ?? (carrier is null ? Described(cueEnd, sourceEnd) : null);
            if (speaker is null)
                continue;

            // "The New York Times, citing American officials, reported that …": the outlet relays the ones it cites, who
            // speak the statement of its verb.
            var aside = _context.IsWord(k, "citing") ? CitingAside(s, k, sourceEnd) : -1;
            if (_context.IsWord(k, "citing") && (aside >= 0 ? aside : CitingOpening(s, k, sourceEnd)) is var verb and >= 0)
            {
                for (var i = k; i <= sourceEnd; i++)
                    _used[i] = true;
                // The outlet that cites stands before the citation, or after it when the citation opens the sentence.
                var citerAt = aside < 0 ? (sourceEnd + 1, verb) : (s.FirstToken, k - 1);
                _citedFor.Add((verb, speaker, _speakers.Find(citerAt.Item1, citerAt.Item2)?.Entity is { IsOutlet: true } citer ? citer : null));
                continue;
            }

            // An outlet cited after a claim already made in this sentence is the one that reported it.
            var earlier = _claims.LastOrDefault(c => _context.SentenceOfToken[c.FirstToken] == s.Index);
            if (earlier is not null && speaker.Entity is { IsOutlet: true } outlet && earlier.ReportedBy is null)
            {
                earlier.ReportedBy = outlet;
                continue;
            }

            // "the group said it had killed 70 soldiers, according to SITE": a clause with its own verb of saying keeps
            // its speaker; the body cited after it carried the statement.
            // "AFP reported, citing UN sources": an outlet that cites a source relays the source, which speaks.
            if (!AtClauseStart(s, k) && _context.IsWord(k, "according") && speaker.Entity is { IsActor: true, Kind: EntityKind.Organisation } relay
                && carrier is null && SaidWithin(ClauseStartBefore(s, k), k))
            {
                for (var i = k; i < sourceEnd; i++)
                    _used[i] = true;
                _relayedBefore.Add((k, relay));
                continue;
            }

            ClaimDraft claim;
            if (AtClauseStart(s, k))
            {
                claim = new ClaimDraft(sourceEnd + 1, s.EndToken, ClaimForm.AccordingTo, speaker);
            }
            else
            {
                var start = ClauseStartBefore(s, k);
                // "Three soldiers were killed, Reuters reported, citing police sources": the outlet's attribution is not
                // part of the statement; the outlet carried it.
                var relayed = _context.IsWord(k, "citing") ? TakeOutletReportedBefore(s, start, k) : null;
                claim = new ClaimDraft(start, relayed?.Comma ?? k, ClaimForm.AccordingTo, speaker);
                carrier ??= relayed?.Outlet;
            }
            claim.Attribution = (k, sourceEnd);
            claim.ReportedBy = carrier;
            Add(claim);
        }
    }

    // ", Reuters reported" right before ", citing …": the comma that opens it and the outlet; its tokens are taken.
    // "the Daily Monitor reported on Monday, citing": a time may stand between the verb and the citation.
    private (int Comma, Mentions.EntityDraft Outlet)? TakeOutletReportedBefore(Sentence s, int start, int citing)
    {
        if (!_context.Tokens[citing - 1].Is(','))
            return null;
        for (var verb = citing - 2; verb > start && verb >= citing - 6; verb--)
        {
            if (!_context.Tokens[verb].IsWordLike)
                return null;
            if (!IsSpeechVerb(verb))
                continue;
            if (_context.MentionAt(verb - 1) is not { Entity: { IsOutlet: true } outlet } m || m.EndToken != verb)
                return null;
            var comma = m.FirstToken - (_context.IsWord(m.FirstToken - 1, "the") ? 2 : 1);
            if (comma <= start || !_context.Tokens[comma].Is(','))
                return null;
            for (var i = comma; i < citing; i++)
                _used[i] = true;
            return (comma, outlet);
        }
        return null;
    }

    // The verbs of saying whose subject cites its source in an aside, and that source: "X, citing Y, reported".
    private readonly List<(int Verb, Speaker Source, Mentions.EntityDraft? Outlet)> _citedFor = [];

    // "Citing security sources, the Daily Monitor reported that …": a citation that opens the sentence, then the outlet
    // and its verb of saying; the verb, or -1.
    private int CitingOpening(Sentence s, int citing, int sourceEnd)
    {
        if (citing != s.FirstToken || sourceEnd + 2 >= s.EndToken || !_context.Tokens[sourceEnd].Is(','))
            return -1;
        var i = sourceEnd + 1;
        while (i < s.EndToken && _context.IsAnyWord(i, Words.Determiners))
            i++;
        return _context.MentionAt(i) is { Entity.IsOutlet: true } outlet && outlet.FirstToken == i && outlet.EndToken < s.EndToken
               && IsSpeechVerb(outlet.EndToken)
            ? outlet.EndToken
            : -1;
    }

    // The verb of saying after ", citing Y," when only its subject stands before the aside; else -1.
    private int CitingAside(Sentence s, int citing, int sourceEnd)
    {
        if (!_context.Tokens[citing - 1].Is(',') || sourceEnd + 1 >= s.EndToken || !_context.Tokens[sourceEnd].Is(','))
            return -1;
        var verb = sourceEnd + 1;
        if (!IsSpeechVerb(verb))
            return -1;
        for (var i = s.FirstToken; i < citing - 1; i++)
        {
            if (_used[i] || _context.Tokens[i].IsWordLike && _context.Tokens[i].Case == Tokens.TokenCase.Lower && _context.MentionAt(i) is null
                && !_context.IsAnyWord(i, Words.Determiners))
                return -1;
        }
        return verb;
    }

    // Bodies cited after a clause that has its own speaker: (where the citation starts, the body), for this sentence.
    private readonly List<(int Before, Mentions.EntityDraft Relay)> _relayedBefore = [];

    // A verb of saying in [first, end) with words before it: "the group said …".
    private bool SaidWithin(int first, int end)
    {
        for (var i = first + 1; i < end; i++)
        {
            if (_context.Tokens[i].Case == Tokens.TokenCase.Lower && IsSpeechVerb(i))
                return !HasCue(i, CueKind.Reporting) && _context.MentionAt(i - 1) is not { Entity.IsOutlet: true };
        }
        return false;
    }

    // The claims of the sentence that end before a body cited after them were carried by it.
    private void ApplyRelays(int firstNew)
    {
        foreach (var (before, relay) in _relayedBefore)
        {
            foreach (var claim in _claims.Skip(firstNew).Where(c => c.EndToken <= before && c.ReportedBy is null))
                claim.ReportedBy = relay;
        }
        _relayedBefore.Clear();
    }

    // "officials quoted by The X", "a source cited by X": the outlet after "quoted by" in [first, end), and where "quoted" is.
    private Mentions.EntityDraft? QuotedBy(int first, int end, out int quotedAt)
    {
        for (quotedAt = first + 1; quotedAt + 2 < end; quotedAt++)
        {
            if (_context.Tokens[quotedAt].Key is "quoted" or "cited" && _context.IsWord(quotedAt + 1, "by"))
            {
                var i = _context.IsWord(quotedAt + 2, "the") && _context.MentionAt(quotedAt + 2) is null ? quotedAt + 3 : quotedAt + 2;
                return _context.MentionAt(i) is { Entity: { IsOutlet: true } outlet } ? outlet : null;
            }
        }
        return null;
    }

    // "a communiqué of the Front according to which": the actor named closest before "according".
    private Mentions.EntityDraft? SourceBefore(Sentence s, int k)
    {
        for (var i = k - 1; i >= s.FirstToken && i >= k - 6; i--)
        {
            if (_context.MentionAt(i) is { Entity: { IsActor: true } e, Form: Mentions.MentionForm.Name or Mentions.MentionForm.Anaphor })
                return e;
            if (_context.Tokens[i].Is(',') || _context.Tokens[i].Is(';'))
                return null;
        }
        return null;
    }

    private bool AtClauseStart(Sentence s, int k)
    {
        var i = k - 1;
        while (i >= s.FirstToken && (_context.Tokens[i].Kind == Tokens.TokenKind.Punctuation
                                     || _context.Tokens[i].Key is "but" or "and" or "however" or "yet" or "so"))
            i--;
        return i < s.FirstToken || _used[i];
    }

    private int ClauseStartBefore(Sentence s, int k)
    {
        var i = k - 1;
        while (i > s.FirstToken && !_used[i - 1] && !_context.Tokens[i - 1].Is(';'))
            i--;
        return i;
    }
}

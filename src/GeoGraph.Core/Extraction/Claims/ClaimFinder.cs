using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// Finds one claim per attributed statement, sentence by sentence: direct quotes with their attribution,
/// "according to X", and reported speech ("X said that …", "…, X said"). Speakers named by a pronoun
/// or "the official" resolve to the last fitting speaker before them.
/// </summary>
internal sealed partial class ClaimFinder
{
    private readonly ArticleContext _context;
    private readonly SpeakerFinder _speakers;
    private readonly List<ClaimDraft> _claims = [];
    private readonly bool[] _used;

    private ClaimFinder(ArticleContext context)
    {
        _context = context;
        _speakers = new SpeakerFinder(context);
        _used = new bool[context.Tokens.Count];
    }

    /// <summary>The claims of the article, in body order, then the participles that go on with one of them.</summary>
    public static List<ClaimDraft> Run(ArticleContext context)
    {
        var finder = new ClaimFinder(context);
        finder._speakers.LinkSurnames();
        foreach (var sentence in context.Sentences)
            finder.Read(sentence);
        return [.. finder._claims, .. finder._extensions];
    }

    private void Read(Sentence sentence)
    {
        var before = _claims.Count;
        Quotes(sentence);
        According(sentence);
        Charges(sentence);
        HeadlineDash(sentence);
        Reported(sentence);
        Participles(sentence);
        WhatCalled(sentence);
        Colon(sentence);
        foreach (var fragment in _fragments)
            Add(fragment);
        _fragments.Clear();
        ApplyRelays(before);
        // The sentence's claims in body order, whichever shape found them first.
        if (_claims.Count - before > 1)
            _claims.Sort(before, _claims.Count - before, BodyOrder);
        for (var c = before; c < _claims.Count; c++)
            _speakers.Spoke(_claims[c].Speaker, _claims[c].FirstToken);
    }

    private static readonly Comparer<ClaimDraft> BodyOrder = Comparer<ClaimDraft>.Create((a, b) => a.FirstToken.CompareTo(b.FirstToken));

    private void Add(ClaimDraft claim)
    {
        var (first, end) = Trim(claim.FirstToken, claim.EndToken);
        var textFirst = claim.TextFirst >= 0 ? Trim(claim.TextFirst, end).First : first;
        if (WordCount(Math.Min(first, textFirst), end) < 3 || _claims.Any(c => c.SpanFirst < end && Math.Min(first, textFirst) < c.EndToken))
            return;
        var trimmed = new ClaimDraft(first, end, claim.Form, claim.Speaker)
        {
            TextFirst = textFirst < first ? textFirst : -1,
            ReportedBy = claim.ReportedBy,
            Attribution = claim.Attribution,
            DeniedByVerb = claim.DeniedByVerb,
            Verb = claim.Verb,
            Accused = claim.Accused,
        };
        _claims.Add(trimmed);
        for (var i = trimmed.SpanFirst; i < end; i++)
            _used[i] = true;
        for (var i = claim.Attribution.First; i < claim.Attribution.End && i < _used.Length; i++)
            _used[i] = true;
        if (claim.Speaker.IsPerson || claim.Speaker.Entity is not null)
            _speakers.Spoke(claim.Speaker, first);
    }

    // Drops the punctuation and quote marks that frame a statement but are not part of it.
    private (int First, int End) Trim(int first, int end)
    {
        var tokens = _context.Tokens;
        while (first < end && tokens[first].Kind == Tokens.TokenKind.Punctuation && !tokens[first].Is('('))
            first++;
        while (end > first && tokens[end - 1].Kind == Tokens.TokenKind.Punctuation && !tokens[end - 1].Is(')')
               && !(tokens[end - 1].Is('.') && end - 2 >= first && tokens[end - 2].Length == 1 && tokens[end - 2].IsWordLike))
            end--;
        // A stretch that closes before it opens (a clause start found past its cue) holds no statement.
        if (end <= first)
            return (first, first);
        // "the raiders are 'not yet identified'": a single quote closing one opened inside the statement stays.
        if (end < tokens.Count && tokens[end].Is('\'') && tokens[end].Start == tokens[end - 1].End
            && Enumerable.Range(first, end - first).Any(OpensSingleQuote))
            end++;
        return (first, end);
    }

    // A "'" with a space before it and a word right after it.
    private bool OpensSingleQuote(int i)
    {
        var tokens = _context.Tokens;
        return tokens[i].Is('\'') && (i == 0 || tokens[i - 1].End < tokens[i].Start) && i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End
               && tokens[i + 1].IsWordLike;
    }

    private int WordCount(int first, int end)
    {
        var n = 0;
        for (var i = first; i < end; i++)
        {
            if (_context.Tokens[i].IsWordLike)
                n++;
        }
        return n;
    }

    private bool HasCue(int i, CueKind kind) => _context.HasCue(i, kind);

    private bool IsSpeechVerb(int i) => _context.HasCue(i, CueKind.Speech, CueKind.Reporting) || OtherSpeechVerb(i);

    // Verbs the cue list does not hold, looked up once: plural present tenses and verbs that name with "as".
    private bool OtherSpeechVerb(int i)
    {
        if (!_context.IsAnyWord(i, OtherSpeechVerbs) || _context.Tokens[i].Case != Tokens.TokenCase.Lower)
            return false;
        if (_context.Tokens[i].Key is "held" or "holds" or "hold")
            return HeldAnswerable(i);
        if (_context.Tokens[i].Key is "gave" or "gives")
            return GivenAs(i);
        // "It named the fallen soldiers as X", "has named a local group as behind the attacks"; not "a man named X".
        if (_context.Tokens[i].Key is "named" or "names" && !(_context.MentionAt(i - 1) is not null || _context.IsAnyWord(i - 1, NamerBefore)))
            return false;
        // "credited the Rwandan army with the recapture of X": credit given to an actor for an act.
        if (_context.Tokens[i].Key is "credited" or "credits")
            return !_context.IsAnyWord(i - 1, PassiveAuxiliaries) && EntityFollows(i + 1, _context.SentenceOf(i).EndToken) && WithWithin(i + 2, 8);
        if (_context.Tokens[i].Key is "considers" or "considered" or "consider")
            return ConsideredAsSomething(i, _context.SentenceOf(i).EndToken);
        // "were identified as members of X", "is regarded as": in the passive voice no one named the object.
        return AsNamingVerbs.Contains(_context.Tokens[i], _context.Gazetteer.Words)
            ? !_context.IsAnyWord(i - 1, PassiveAuxiliaries) && (AsAfter(i) || CondemnsAnObject(i))
            : _context.MentionAt(i) is null && PluralSubjectEnds(i - 1) && !_context.IsWord(i + 1, "of");
    }

    // "held ISWAP responsible for the killing", "holds Israel fully accountable": blame laid on an actor named after the
    // verb; "elections were held" and "held talks" are not.
    private bool HeldAnswerable(int verb)
    {
        if (verb > 0 && _context.Tokens[verb - 1].Key is "was" or "were" or "is" or "are" or "be" or "been" or "being")
            return false;
        var i = verb + 1;
        while (i < _context.Tokens.Count && i < verb + 8 && _context.Tokens[i].IsWordLike && !_context.IsWord(i, "responsible") && !_context.IsWord(i, "accountable"))
            i++;
        return (_context.IsWord(i, "responsible") || _context.IsWord(i, "accountable")) && Enumerable.Range(verb + 1, i - verb - 1).Any(k => _context.MentionAt(k) is { Entity.IsActor: true });
    }

    // "US prosecutors accuse X of …", "Officials fear the fighters could …": a plural subject's present tense of
    // the verbs of saying, which the cue list holds in the singular; and the verbs that name with "as" (one
    // look-up per token; static fields of partial files initialise in no set order, so the list is written out).
    private static readonly WordSet OtherSpeechVerbs =
    [
        "accuse", "warn", "claim", "insist", "confirm", "announce", "allege", "blame", "argue", "acknowledge", "admit",
        "maintain", "contend", "fear", "fears", "feared", "regards", "regarded", "regard", "condemned", "condemns", "condemn",
        "held", "holds", "hold", "believe", "identified", "identifies", "gave", "gives", "considers", "considered", "consider", "credited", "credits", "named", "names",
    ];

    // "officials fear", "they claim", "the Taliban claim"; not the noun in "the group's claim" or "a false claim".
    private bool PluralSubjectEnds(int i) =>
        i >= 0 && _context.Tokens[i] is { Kind: Tokens.TokenKind.Word } t && !_context.IsAnyWord(i, Words.Determiners)
        && !HasCue(i, CueKind.Speech) && !HasCue(i, CueKind.Reporting)
        && (_context.MentionAt(i) is not null || t.Key is "they" or "we" or "i" or "you"
            || t.Key.Length > 3 && t.Key.EndsWith('s') && !t.Key.EndsWith("ss", StringComparison.Ordinal));

    private static bool IsDenial(string key) => key is "denied" or "denies" or "deny" or "rejected" or "rejects" or "reject" or "dismissed"
        or "dismisses" or "disputed" or "disputes" or "retracted" or "retracts" or "refuted" or "refutes";
}

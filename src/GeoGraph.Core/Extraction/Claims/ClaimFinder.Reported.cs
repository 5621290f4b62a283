using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>Reported speech: "X said (that) …", "X quoted Y as saying …", and "…, X said."</summary>
internal sealed partial class ClaimFinder
{
    private void Reported(Sentence s)
    {
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            // "the self-declared republic": a verb joined by a hyphen is an adjective.
            if (_used[k] || !IsSpeechVerb(k) || InsideQuote(s, k) || k > s.FirstToken && _context.Tokens[k - 1].Is('-'))
                continue;
            var verbEnd = (_context.CueAt(k, CueKind.Speech) ?? _context.CueAt(k, CueKind.Reporting) ?? _context.CueAt(k))?.End ?? k + 1;
            // "said asserted that": the last of a run of verbs introduces the statement.
            if (verbEnd < s.EndToken && IsSpeechVerb(verbEnd) && !_used[verbEnd])
                continue;
            if (_context.IsWord(k - 1, "as") || _context.IsWord(k - 1, "was") || _context.IsWord(k - 1, "were")
                || _context.IsWord(k - 1, "been") || _context.IsWord(k - 1, "is") || _context.IsWord(k - 1, "be")
                || FreeRelative(k) || AgentlessPassive(k))
                continue;
            var subjectStart = SubjectStart(s, k);
            var speaker = _speakers.Find(subjectStart, k);
            // "Speaking to his cabinet, he said:" with the quote in the next paragraph: the colon hands it on.
            if (verbEnd == s.EndToken - 1 && _context.Tokens[verbEnd].Is(':'))
            {
                if (speaker is not null)
                {
                    _pendingColon = speaker;
                    _pendingColonSentence = s.Index;
                }
                continue;
            }
            // "He added that …, and insisted the revolt would …": a joined verb with no subject shares the last one's.
            if (speaker is null && subjectStart >= k - 2 && (_context.IsWord(k - 1, "and") || _context.IsWord(k - 2, "and") && _context.IsWord(k - 1, "also"))
                && _claims.Count > 0 && _context.SentenceOfToken[_claims[^1].FirstToken] == s.Index)
                speaker = _claims[^1].Speaker;
            // "X (ACR), an outfit that officials describe as …, claimed responsibility", "X (ACR, its French name), the
            // Sahel branch of Y, claimed": past a long apposition, the subject is the actor that opens the sentence.
            if (speaker is null && subjectStart >= k - 1 && k - 2 > s.FirstToken && _context.Tokens[k - 1].Is(',')
                && (_context.MentionAt(s.FirstToken) ?? _context.MentionAt(s.FirstToken + 1)) is { Entity: { IsActor: true } opener } m
                && DescribedInApposition(s, m.EndToken, k))
                speaker = new Speaker(opener, null, opener.Kind == EntityKind.Official);
            // "The Karabakh authorities announced …": a described speaker the article does not name is still a speaker.
            speaker ??= LaterAttribution(s, verbEnd) ? null : Described(subjectStart, k);
            // "1.5 Spokesman X, 31 January: the administration attributes …": a briefing item's statement is its
            // heading's speaker's; a described subject inside it is part of what is said.
            if (speaker?.Entity is null && HeadingBefore(s, k))
                continue;
            var accused = RelativeAccusation(s, k, ref speaker);
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
            // "blamed the alliance for shells that landed …": an accusation's content is its object, not a later "that".
            var start = IsAccusation(_context.Tokens[k].Key) && OfWithin(complement, s.EndToken)
                ? complement
                : ComplementStart(s, complement, out _);
            ComplementStart(s, complement, out var told);
            outlet ??= told ?? Carrier(s.FirstToken, k);
            if (speaker is null)
                continue;
            // "A, X said, B" reads on after the attribution, but not into "…, X said, before accusing Y of …".
            var parenthetical = subjectStart > s.FirstToken && _context.Tokens[subjectStart - 1].Is(',')
                                && (verbEnd < s.EndToken && _context.Tokens[verbEnd].Is(',') || AdjunctThenComma(verbEnd, s.EndToken)) && !quoted
                                && !ParticipleAfter(verbEnd + 1);
            var verbKey = _context.Tokens[k].Key;
            // "calls the M23 a terrorist group", 'called the attack "home-grown"', "described X as Y": naming is a
            // statement only with an entity, a quote or "as" after its object.
            if (IsNaming(verbKey) && !NamedObjectFollows(verbKey, verbEnd, s.EndToken))
                continue;
            // "put the death toll at 311": a count is a statement; "put pressure on" is not.
            if (verbKey is "put" or "puts" && !CountFollows(verbEnd, s.EndToken))
                continue;
            // "asked for an explanation", "appealed for calm": an appeal, not a statement.
            if (verbKey is "asked" or "asks" or "appealed" or "appeals" or "urged" or "urges" && _context.IsWord(verbEnd, "for"))
                continue;
            var end = StatementEnd(s, Math.Max(start, verbEnd), k);
            // "an outfit that officials describe as a front for X, claimed …": a relative clause's statement ends with it.
            if (subjectStart > s.FirstToken && _context.IsAnyWord(subjectStart - 1, Relatives))
                end = Math.Min(end, NextComma(Math.Max(start, verbEnd), end));
            // "rejected Pakistan's accusations", "blames Iran-backed militias", "claimed the attack": a verb whose
            // statement is its object; the whole clause states it.
            var objectVerb = IsDenial(verbKey) || IsAccusation(verbKey) || IsNaming(verbKey) || ClaimsAnAct(verbKey, s, start, end)
                             || Announces(verbKey, start, end);
            // "…, X said after a closed-door briefing": a prepositional phrase after the verb is no statement.
            var adjunctOnly = !AfterThat(start) && start < end && _context.IsAnyWord(start, AdjunctPrepositions)
                              && !Enumerable.Range(start, end - start).Any(i => _context.Tokens[i].IsWordLike && IsFiniteVerb(_context.Tokens[i].Key));
            var hasClause = start < end && WordCount(start, end) >= 2 && !adjunctOnly
                            && (AfterThat(start) || objectVerb || verbKey is "put" or "puts"
                                || WordCount(start, end) >= 3 && (LooksLikeClause(start, end) || Headline(s)));
            var claim = parenthetical
                ? Inverted(s, subjectStart, speaker, end)
                : hasClause
                    ? new ClaimDraft(start, end, ClaimForm.ReportedSpeech, speaker) { TextFirst = objectVerb && !AfterThat(start) ? subjectStart : DeniedReport(s, k) ? k : -1 }
                    : end < s.EndToken && IsJoiner(end) ? null : Inverted(s, subjectStart, speaker, subjectStart - 1);
            if (claim is null)
                continue;
            claim.ReportedBy = outlet;
            claim.Attribution = (subjectStart, Math.Max(start, verbEnd));
            // "rejected claims that …", "denied reports that …": the verb before the last of the run denies.
            claim.DeniedByVerb = IsDenial(_context.Tokens[k].Key) || k > s.FirstToken && _context.Tokens[k - 1].IsWordLike && IsDenial(_context.Tokens[k - 1].Key);
            claim.Verb = k;
            claim.Accused = accused;
            Add(claim);
        }
    }

    // "what he described as long delays", "what he called a march": a verb inside a free relative attributes a
    // word to its subject, not a statement.
    private bool FreeRelative(int verb) =>
        _context.IsWord(verb - 1, "what") || _context.IsWord(verb - 2, "what") && _context.IsAnyWord(verb - 1, Pronouns);

    private static readonly WordSet SpeechParticiples =
    [
        "saying", "adding", "insisting", "arguing", "claiming", "noting", "stressing", "accusing", "blaming",
        "alleging", "asserting", "explaining", "denying", "stating", "acknowledging", "warning", "confirming",
        "announcing", "admitting", "conceding", "reiterating",
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
            var accusation = _context.Tokens[k].Key is "accusing" or "blaming";
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

    // "the Karabakh authorities", "the embattled head of Tigray's interim administration": a definite description
    // before the verb, kept as written.
    private Speaker? Described(int first, int verb)
    {
        if (!_context.IsWord(first, "the") || verb - first < 2 || verb - first > 9)
            return null;
        for (var i = first + 1; i < verb; i++)
        {
            var t = _context.Tokens[i];
            if (!t.IsWordLike && !t.Is('-') && !t.Is('\'') || _context.IsAnyWord(i, Pronouns) || _context.IsAnyWord(i, Words.ClauseOpeners)
                || t.Case == Tokens.TokenCase.Lower && IsFiniteVerb(t.Key))
                return null;
        }
        var last = _context.Tokens[verb - 1];
        if (last.Case != Tokens.TokenCase.Lower && _context.MentionAt(verb - 1) is null || !last.IsWordLike)
            return null;
        // A description mostly points back to whoever spoke just before: a person for "the ex-parliamentarian".
        var person = Words.PersonNouns.Contains(last, _context.Gazetteer.Words) || _context.Gazetteer.Titles.StartsWith(last)
                     || last.Key.EndsWith("ian", StringComparison.Ordinal) || last.Key.EndsWith("ist", StringComparison.Ordinal);
        // "the defence force said" after the National Defence Force: the body named by those words.
        var named = person ? null : _speakers.BodyNamedLike(first, verb);
        return named ?? _speakers.Recent(person, first) ?? new Speaker(null, _context.Text(first, verb), person);
    }

    // Participles that go on with the claim before them, to be read for relations but not listed as claims.
    private readonly List<ClaimDraft> _extensions = [];

    // "…, he said, before accusing …", "…, he said, blaming …": a second act of saying, unlike "adding that …".
    private bool ParticipleAfter(int i) =>
        _context.IsWord(i, "before") && _context.IsAnyWord(i + 1, SpeechParticiples)
        || _context.IsWord(i, "accusing") || _context.IsWord(i, "blaming") || _context.IsWord(i, "denying");

    // The subject of the main clause in tokens [first, end): its first actor outside an opening adverbial and
    // prepositional phrases, or a pronoun resolved.
    private Speaker? MainSubject(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (_context.MentionAt(i) is { Entity: { IsActor: true } e } m && m.Form is not (Mentions.MentionForm.Unnamed or Mentions.MentionForm.Demonym))
            {
                var before = m.FirstToken - 1;
                while (before >= first && _context.IsAnyWord(before, Words.Determiners))
                    before--;
                var possessor = _context.Tokens.Count > m.EndToken + 1 && _context.Tokens[m.EndToken].Is('\'') && _context.IsWord(m.EndToken + 1, "s");
                if ((before < first || !_context.IsAnyWord(before, Words.Prepositions)) && !possessor)
                    return new Speaker(e, null, e.Kind == EntityKind.Official);
                i = m.EndToken - 1;
                continue;
            }
            if (_context.IsAnyWord(i, Pronouns))
                return _speakers.Find(i, i + 1);
        }
        return null;
    }

    private static bool IsNaming(string key) =>
        key is "calls" or "called" or "branded" or "labelled" or "labeled" or "described" or "describes" or "describe" || AsNamingVerbs.Contains(key);

    private bool NamedObjectFollows(string verb, int from, int end)
    {
        if (AsNamingVerbs.Contains(verb))
            return AsAfter(from - 1);
        if (EntityFollows(from, end) || !verb.StartsWith("describ", StringComparison.Ordinal) && NounComplementFollows(from, end))
            return true;
        for (var i = from; i < end && i < from + 10; i++)
        {
            var t = _context.Tokens[i];
            if (t.Is('"') && !verb.StartsWith("describ", StringComparison.Ordinal) || _context.IsWord(i, "as") && verb.StartsWith("describ", StringComparison.Ordinal))
                return true;
            if (t.Is(',') || t.Is(';') || t.IsWordLike && Words.ClauseOpeners.Contains(t, _context.Gazetteer.Words) && t.Key != "as")
                return false;
        }
        return false;
    }

    // "claimed responsibility for the attack", "took full responsibility for", "has documented 133 deaths": a claim of an act, unless the sentence goes on
    // to say what the claim holds ("claimed responsibility and said its fighters …").
    private bool ClaimsAnAct(string verb, Sentence s, int start, int end) =>
        verb is "claimed" or "claims" or "documented" or "took" or "takes" && !AfterThat(start) && !LooksLikeClause(start, end)
        && !Enumerable.Range(start, Math.Max(0, s.EndToken - start)).Any(i => _context.IsWord(i, "and") && IsSpeechVerb(i + 1));

    // "announced an interim leader", "announced his resignation": what is announced is the statement, a clause or not.
    private bool Announces(string verb, int start, int end) =>
        verb is "announced" or "announces" && !AfterThat(start) && start < end && _context.IsAnyWord(start, Words.Determiners);

    // Where the statement that starts at <paramref name="from"/> ends: at the end of the sentence, or before a
    // second attribution joined to it ("… and denied that …", "…, and Reuters reported that …", "…; Tehran denies …").
    private int StatementEnd(Sentence s, int from, int verb)
    {
        var quote = false;
        for (var j = from; j < s.EndToken; j++)
        {
            if (_context.Tokens[j].Is('"'))
                quote = !quote;
            if (quote || j <= verb || !IsSpeechVerb(j) || _context.Tokens[j].Key.EndsWith("ing", StringComparison.Ordinal))
                continue;
            // The joined verb's own subject: nothing ("and denied"), or a short name or pronoun ("and Reuters reported").
            var i = j - 1;
            while (i > from && _context.IsWord(i, "also"))
                i--;
            var subjectWords = 0;
            while (i > from && subjectWords <= 5 && !IsJoiner(i) && !_context.Tokens[i].Is(',') && _context.Tokens[i].IsWordLike)
            {
                i--;
                subjectWords++;
            }
            // Only a joiner after a comma or a semicolon starts a second statement ("…, and denied that"); "said A
            // and warned that B" is one.
            if (i <= from || !IsJoiner(i) || subjectWords > 0 && !Names(i + 1, j)
                || !_context.Tokens[i].Is(';') && !_context.Tokens[i - 1].Is(','))
                continue;
            while (i > from && (IsJoiner(i - 1) || _context.Tokens[i - 1].Is(',')))
                i--;
            return i;
        }
        return s.EndToken;
    }

    private bool IsJoiner(int i) => _context.Tokens[i].Is(';') || _context.IsWord(i, "and") || _context.IsWord(i, "but");

    // Whether tokens [first, end) name a speaker: a mention, a pronoun or an unnamed one ("but a security official told").
    private bool Names(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (_context.MentionAt(i) is not null || _context.IsAnyWord(i, Pronouns) || _context.IsAnyWord(i, Words.UnnamedSpeakers)
                || _context.IsAnyWord(i, SpeakerFinder.Collectives))
                return true;
        }
        return false;
    }

    // "… the United Arab Emirates, which it accuses of arming the RSF": the accuser is the main clause's subject
    // and the accused the entity the relative clause hangs on.
    private Mentions.EntityDraft? RelativeAccusation(Sentence s, int verb, ref Speaker? speaker)
    {
        if (!IsAccusation(_context.Tokens[verb].Key) || !_context.IsAnyWord(verb - 1, Pronouns)
            || !(_context.IsWord(verb - 2, "which") || _context.IsWord(verb - 2, "who") || _context.IsWord(verb - 2, "whom")))
            return null;
        var comma = verb - 3;
        while (comma > s.FirstToken && (_context.Tokens[comma].Is(')') || _context.MentionAt(comma) is { FirstToken: var f } && f != comma || _context.Tokens[comma].Is(',')))
        {
            if (_context.Tokens[comma].Is(','))
            {
                comma--;
                break;
            }
            comma--;
        }
        var accused = FindMentionEndingAt(comma, s.FirstToken);
        for (var i = s.FirstToken; i < verb; i++)
        {
            if (_context.MentionAt(i) is { Entity: { IsActor: true } subject } && subject != accused)
            {
                speaker = new Speaker(subject, null, subject.Kind == Model.EntityKind.Official);
                break;
            }
        }
        return accused;
    }

    private static readonly WordSet Pronouns = ["it", "they", "he", "she"];

    private Mentions.EntityDraft? FindMentionEndingAt(int end, int floor)
    {
        for (var i = end; i >= floor && i >= end - 4; i--)
        {
            if (_context.MentionAt(i) is { Entity: { IsActor: true } e })
                return e;
        }
        return null;
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
    // apposition ("Jens Stoltenberg, NATO secretary general said") or a parenthetical ("the group, which seeks
    // independence, said"; "The French assessment, as quoted by CNN, said") belongs to it.
    private int SubjectStart(Sentence s, int verb)
    {
        var i = verb - 1;
        var commas = 0;
        while (i >= s.FirstToken && !_used[i])
        {
            var t = _context.Tokens[i];
            // 'X, which the press calls "the bandits", said': a short quoted name inside the subject is read past.
            if (t.Is('"') && ShortQuoteOpening(s, i) is var opening and >= 0)
            {
                i = opening - 1;
                continue;
            }
            if (t.Is(';') || t.Is('"') || t.Is(':'))
                break;
            // "JNIM (JNIM, its French name), the Sahel branch, claimed": a bracket is read whole, commas and all.
            if (t.Is(')') && OpeningBracket(s, i) is var bracket and >= 0)
            {
                i = bracket - 1;
                continue;
            }
            // "an outfit that officials describe as …": the verb of a relative clause has the clause's subject.
            if (i < verb - 1 && t.IsWordLike && t.Key is "that" or "whom" or "which" && i > s.FirstToken && _context.Tokens[i - 1].IsWordLike
                && _context.Tokens[i - 1].Case == Tokens.TokenCase.Lower && !IsSpeechVerb(i - 1) && IsRelativeSubject(i + 1, verb))
                break;
            if (t.Is(','))
            {
                if (commas == 0 && (i == verb - 1 || i == verb - 2 && _context.IsAnyWord(verb - 1, Auxiliaries)) && ParentheticalOpen(s, i) is var open and >= 0)
                {
                    i = open - 1;
                    commas = 1;
                    continue;
                }
                commas++;
                if (!ClosesAppositive(s, i) || commas > 2 || OpensWithAdverbial(s, i) || TitledNameUpTo(i + 1, verb))
                    break;
            }
            i--;
        }
        return i + 1;
    }

    // ", a little-known outfit …," or " (ACR, its French name), the Sahel branch of …,": after the opener, perhaps past a
    // bracket, a comma and a description (not a name: "(SDO) for Manyu, Viang Mekala,").
    private bool DescribedInApposition(Sentence s, int after, int verb)
    {
        var i = after;
        if (i < verb && _context.Tokens[i].Is('('))
        {
            while (i < verb && !_context.Tokens[i].Is(')'))
                i++;
            i++;
        }
        return i + 1 < verb && _context.Tokens[i].Is(',') && _context.IsAnyWord(i + 1, Words.Determiners) && _context.Tokens[i + 1].Case == Tokens.TokenCase.Lower;
    }

    // "Mexico says 29 dead in battle for the city": a headline drops its verbs; what follows "says" is the statement.
    private bool Headline(Sentence s) => s.Index == 0 && !_context.Tokens[s.EndToken - 1].Is('.');

    private static readonly WordSet Relatives = ["that", "which", "whom"];

    private int NextComma(int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (_context.Tokens[i].Is(','))
                return i;
        }
        return end;
    }

    private int OpeningBracket(Sentence s, int close)
    {
        for (var j = close - 1; j >= s.FirstToken && j >= close - 20; j--)
        {
            if (_context.Tokens[j].Is('('))
                return j;
            if (_context.Tokens[j].Is(')') || _used[j])
                return -1;
        }
        return -1;
    }

    // "that officials describe": a short subject (a collective, a pronoun, a name) between "that" and the verb.
    private bool IsRelativeSubject(int first, int verb) =>
        verb - first is >= 1 and <= 3 && (Names(first, verb) || Enumerable.Range(first, verb - first).Any(i => _context.Tokens[i].IsWordLike && _context.Tokens[i].Key.EndsWith('s')));

    // "…, a son of Ali Haidar, Defence Minister Omar Saleh said": a titled name right before the verb is its whole
    // subject; the name before the comma belongs to the statement.
    private bool TitledNameUpTo(int first, int verb)
    {
        var last = _context.IsAnyWord(verb - 1, Auxiliaries) ? verb - 2 : verb - 1;
        if (_context.MentionAt(last) is not { IsPerson: true } person || person.EndToken != last + 1 || person.FirstToken <= first)
            return false;
        for (var i = first; i < person.FirstToken; i++)
        {
            if (!_context.Tokens[i].IsCapitalised && !_context.Tokens[i].Is('.'))
                return false;
        }
        return true;
    }

    private static readonly WordSet Auxiliaries = ["has", "have", "had", "was", "is", "will", "would", "also"];

    private static readonly WordSet ParentheticalOpeners =
    [
        "which", "who", "whose", "as", "citing", "quoting", "according", "known", "set", "led", "headed", "chaired",
        "based", "founded", "formed", "created", "backed", "among", "including", "once", "now", "then", "itself",
    ];

    // ", which seeks independence for Balochistan," read back from its closing comma: the opening comma of a
    // parenthetical that starts with a relative pronoun or participle and follows a noun, or -1.
    private int ParentheticalOpen(Sentence s, int close)
    {
        // "who spoke on condition of anonymity because he was not authorised to speak to the media": a person's
        // relative clause may run long; other parentheticals are short.
        for (var j = close - 1; j > s.FirstToken + 1 && j >= close - 30; j--)
        {
            var t = _context.Tokens[j];
            if (t.Is('"') && ShortQuoteOpening(s, j) is var opening and >= 0)
            {
                j = opening;
                continue;
            }
            if (t.Is(';') || t.Is('"') || t.Is(':') || _used[j])
                return -1;
            if (!t.Is(','))
                continue;
            // "who was attending a summit in Kazan, Russia,": the comma between a place and its country is inside.
            if (_context.MentionAt(j + 1) is { Entity.Kind: EntityKind.Country or EntityKind.Province } && _context.Tokens[j - 1].IsCapitalised)
                continue;
            // "which the press calls the Bandits, or "army of thieves",": a second name is inside too.
            if (_context.IsWord(j + 1, "or"))
                continue;
            var opens = j >= close - 16
                ? _context.IsAnyWord(j + 1, ParentheticalOpeners)
                : _context.IsWord(j + 1, "who") && (_context.IsAnyWord(j - 1, Words.PersonNouns) || _context.MentionAt(j - 1) is { IsPerson: true });
            return opens && _context.Tokens[j - 1].IsWordLike ? j : -1;
        }
        return -1;
    }

    // "Addressing a news conference alongside X, Y said": the comma that closes an opening adverbial ("Addressing
    // …", "In Kabul", "After the attack") ends the subject, whoever the adverbial names.
    private bool OpensWithAdverbial(Sentence s, int comma)
    {
        var first = s.FirstToken;
        while (first < comma && !_context.Tokens[first].IsWordLike)
            first++;
        if (first >= comma || _context.MentionAt(first) is not null)
            return false;
        for (var i = first; i < comma; i++)
        {
            if (_context.Tokens[i].Is(','))
                return false;
        }
        var t = _context.Tokens[first];
        return t.Key.Length > 4 && t.Key.EndsWith("ing", StringComparison.Ordinal)
               || Words.Prepositions.Contains(t, _context.Gazetteer.Words) || t.Key is "when" or "while" or "as" or "once";
    }

    // "Laila Noor, commander of the mission, said": the comma closes an apposition to a named person.
    private bool ClosesAppositive(Sentence s, int comma)
    {
        for (var j = comma - 1; j >= s.FirstToken && j >= comma - 16; j--)
        {
            if (_context.MentionAt(j) is { } m && (m.IsPerson || m.Entity is { IsActor: true }) && m.EndToken == j + 1
                && (m.EndToken == comma || _context.Tokens[m.EndToken].Is(',')) && m.FirstToken <= s.FirstToken + 3)
                return true;
            // "The Elders Forum (AEF), an umbrella body, said": the subject's acronym in brackets before the comma.
            if (_context.MentionAt(j) is { Entity.IsActor: true } named && named.EndToken == j + 1 && named.FirstToken <= s.FirstToken + 1
                && AfterBracketedAcronym(named.EndToken, comma) is var after && after > named.EndToken && _context.Tokens[after].Is(','))
                return true;
            if (_context.MentionAt(j) is { IsPerson: true } p && p.EndToken == j + 1)
                return p.EndToken == comma || _context.Tokens[p.EndToken].Is(',');
            if (IsSpeechVerb(j))
                return false;
        }
        return false;
    }

    // "The Elders Forum (AEF), an umbrella body, said": the acronym in brackets belongs to the name before the comma.
    private int AfterBracketedAcronym(int i, int limit) =>
        i + 2 < limit && _context.Tokens[i].Is('(') && _context.Tokens[i + 2].Is(')') ? i + 3 : i;

    // After the verb: skip "in a statement", "on Tuesday", "told Reuters" and take what follows "that".
    private int ComplementStart(Sentence s, int from, out Mentions.EntityDraft? told)
    {
        told = null;
        for (var i = from; i < s.EndToken && i < from + 14; i++)
        {
            var t = _context.Tokens[i];
            // "said the situation remained tense and that roads were cut": the first clause is a statement too.
            if (t.IsWordLike && t.Key == "that" && _context.IsWord(i - 1, "and") && i - 1 > from)
                break;
            // "said the choice of the day showed that …": a verb before "that" belongs to a clause that is the statement.
            if (t.IsWordLike && t.Key == "that" && i - 1 > from && ClauseVerb(i - 1))
                break;
            if (t.IsWordLike && t.Key == "that")
                return i + 1;
            // "accused the ministry of striking camps, an attack that …": past a comma "that" opens a relative clause.
            if (t.Is(',') && i > from)
                break;
            // "said the strikes were an act of aggression and that …": a clause before any "that" is the statement.
            if (t.IsWordLike && t.Case == Tokens.TokenCase.Lower && IsFiniteVerb(t.Key))
                break;
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
        return PastAdjunct(j, s.EndToken);
    }

    private static readonly WordSet AdjunctWords =
    [
        .. Words.DateWords,
        "yesterday", "today", "tonight", "overnight", "morning", "afternoon", "evening", "night", "weekend", "week", "month",
        "last", "this", "earlier", "later", "statement", "post", "video", "message", "interview", "briefing", "conference",
        "press", "telegram", "x", "facebook", "twitter", "television", "tv", "radio", "state", "social", "media", "website",
        "broadcast", "speech", "address",
    ];

    // "said on Saturday its forces had …": a possessive opens the statement's subject.
    private static readonly WordSet Possessives = ["its", "his", "her", "their", "our"];

    private static readonly WordSet AdjunctOpeners = ["on", "in", "at", "via", "through", "during", "over"];

    // "said on Monday it had …", "said late Friday the group …", "said on Telegram it …": a time or channel right
    // after the verb is not the statement; the statement starts with the clause after it.
    private int PastAdjunct(int from, int end)
    {
        var i = from;
        if (_context.IsWord(i, "late") || _context.IsWord(i, "early"))
            i++;
        var opened = _context.IsAnyWord(i, AdjunctOpeners);
        if (opened)
            i++;
        // A figure belongs to the adjunct only after a preposition or a date word ("in March 2024"), never alone
        // ("said 966 members had surrendered").
        var k = i;
        while (k < end && k < i + 5 && (_context.IsAnyWord(k, AdjunctWords)
                                        || _context.Tokens[k].Kind == Tokens.TokenKind.Number && (opened || k > i)
                                        || opened && k == i && _context.IsAnyWord(k, Words.Determiners)))
            k++;
        if (k == i || k >= end)
            return from;
        var next = _context.Tokens[k];
        var opensClause = _context.IsAnyWord(k, SubjectPronouns) || _context.IsWord(k, "the") || _context.IsAnyWord(k, Possessives)
                          || next.Kind == Tokens.TokenKind.Word && next.Case != Tokens.TokenCase.Lower || next.Kind == Tokens.TokenKind.Number;
        return opensClause ? k : from;
    }

    private static readonly WordSet Carriers =
    [
        "quoted", "carried", "relayed", "translated", "cited", "published", "reported", "broadcast", "aired",
    ];

    private static readonly WordSet Exchanges = ["interview", "reply", "letter", "response", "message"];

    // "In a note relayed by Radio RFM", "as quoted by CNN", "In a written reply to Human Rights Watch": the body
    // that carried the statement to the article, named before the verb of saying.
    private Mentions.EntityDraft? Carrier(int first, int verb)
    {
        for (var i = first; i + 2 < verb; i++)
        {
            var byCarrier = _context.IsAnyWord(i, Carriers) && _context.IsWord(i + 1, "by");
            var toExchange = _context.IsAnyWord(i, Exchanges) && (_context.IsWord(i + 1, "to") || _context.IsWord(i + 1, "with"));
            if (!byCarrier && !toExchange)
                continue;
            var j = i + 2;
            while (j < verb && _context.IsAnyWord(j, Words.Determiners) || j < verb && _context.Tokens[j].IsWordLike
                   && _context.Tokens[j].Case == Tokens.TokenCase.Lower && _context.MentionAt(j) is null && j < i + 6)
                j++;
            if (_context.MentionAt(j) is { Entity: { Kind: EntityKind.Organisation } carrier } && _context.MentionAt(j)!.Form == Mentions.MentionForm.Name)
                return carrier;
        }
        return null;
    }

    private static bool IsAccusation(string key) => key is "accused" or "accuses" or "accuse" or "accusing" or "blamed" or "blames"
        or "attributed" or "attributes" or "reproached" or "reproaches" or "denounced" or "denounces";

    // "accused its rivals of staging scenes": the accusation names its target, then what it did.
    private bool OfWithin(int start, int end)
    {
        for (var i = start; i < end && i < start + 7; i++)
        {
            // "accused X of", "reproached X for", "attributed the attack to X".
            if (_context.IsWord(i, "of") || _context.IsWord(i, "for") || _context.IsWord(i, "to"))
                return true;
        }
        return false;
    }

    // "…, mediator Qatar announced on Wednesday, though …": only a time or place follows the verb.
    private bool AdjunctThenComma(int from, int end)
    {
        // "said on Tuesday, as …", "said Tuesday, as …": a time after the verb, then the writer's clause.
        if (from >= end || !_context.Tokens[from].IsWordLike || _context.Tokens[from].Key is not ("on" or "in" or "at" or "late" or "early" or "last" or "this" or "yesterday" or "today")
            && !Words.Weekdays.Contains(_context.Tokens[from], _context.Gazetteer.Words))
            return false;
        if (Words.Weekdays.Contains(_context.Tokens[from], _context.Gazetteer.Words) && from + 1 < end && _context.Tokens[from + 1].Is(','))
            return true;
        for (var i = from + 1; i < end && i < from + 6; i++)
        {
            if (_context.Tokens[i].Is(','))
                return true;
            if (_context.IsWord(i, "that") || _context.Tokens[i].IsWordLike && _context.Tokens[i].Case == Tokens.TokenCase.Lower && IsFiniteVerb(_context.Tokens[i].Key))
                return false;
        }
        return false;
    }

    private bool EntityFollows(int from, int end)
    {
        var i = from;
        while (i < end && _context.IsWord(i, "the"))
            i++;
        return i < end && _context.MentionAt(i) is { Entity: { IsActor: true } } m && m.FirstToken == i && m.Form != Mentions.MentionForm.Demonym;
    }

    private bool CountFollows(int from, int end)
    {
        // "put its military dead at 105", "put the contingent at around 11,000": a figure after "at".
        for (var i = from + 1; i < end && i < from + 8; i++)
        {
            if (_context.Tokens[i].Is(',') || _context.Tokens[i].Is(';'))
                break;
            if (_context.IsWord(i, "at") && i + 2 < end && (_context.Tokens[i + 1].Kind == Tokens.TokenKind.Number
                                                            || _context.IsAnyWord(i + 1, Approximations) && _context.Tokens[i + 2].Kind == Tokens.TokenKind.Number))
                return true;
        }
        for (var i = from; i < end && i < from + 3; i++)
        {
            if (_context.Tokens[i].IsWordLike && _context.Tokens[i].Key is "toll" or "number" or "figure" or "count" or "tally")
                return true;
        }
        return false;
    }

    // "said that …", and "vowed to punish …": an infinitive right after the verb is its statement too.
    private bool AfterThat(int start) =>
        _context.IsWord(start - 1, "that") || _context.IsWord(start, "to") && IsSpeechVerb(start - 1) && start + 1 < _context.Tokens.Count
        && _context.Tokens[start + 1].Case == Tokens.TokenCase.Lower && _context.MentionAt(start + 1) is null;

    private static bool IsFiniteVerb(string key) =>
        key is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "could" or "can"
            or "may" or "might" or "should" or "must" or "did" or "does" or "do" or "shall";

    // "said the port was safe" holds a clause; "confirmed the attack to the BBC" only an object.
    private bool LooksLikeClause(int start, int end)
    {
        // "accused Israel of …", "blamed the PKK for …": an entity and what is said of it ("urged Hamas to …",
        // an appeal, is no statement).
        // "it denies …", "we have …": a subject pronoun opens a clause.
        if (_context.IsAnyWord(start, SubjectPronouns) && start + 1 < end && _context.Tokens[start + 1].IsWordLike)
            return true;
        var first = start;
        while (first < end && _context.IsWord(first, "the"))
            first++;
        if (_context.MentionAt(first) is { Entity: not null } m && m.FirstToken == first
            && (_context.IsWord(m.EndToken, "of") || _context.IsWord(m.EndToken, "for") || _context.IsWord(m.EndToken, "over")))
            return true;
        // "Hezbollah uses the peacekeepers as cover": a named subject and a verb in the present tense.
        if (_context.MentionAt(first) is { Entity: not null, Form: Mentions.MentionForm.Name } subject && subject.FirstToken == first && subject.EndToken < end
            && !Words.UnnamedSpeakers.Contains(_context.Tokens[subject.EndToken], _context.Gazetteer.Words)
            && _context.Tokens[subject.EndToken] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } verb
            && verb.Key.Length > 3 && verb.Key.EndsWith('s') && !verb.Key.EndsWith("ss", StringComparison.Ordinal) && _context.MentionAt(subject.EndToken) is null)
            return true;
        for (var i = start + 1; i < end && i < start + 16; i++)
        {
            var t = _context.Tokens[i];
            if (!t.IsWordLike)
                continue;
            if (IsFiniteVerb(t.Key) || t.Key is "be" or "been")
                return true;
            if (t.Key.Length > 4 && t.Key.EndsWith("ed", StringComparison.Ordinal) && _context.MentionAt(i) is null && t.Case == Tokens.TokenCase.Lower)
                return true;
            if (IrregularPast.Contains(t, _context.Gazetteer.Words) && _context.MentionAt(i) is null && t.Case == Tokens.TokenCase.Lower)
                return true;
        }
        return false;
    }

    // Past tenses of the news that do not end in "-ed", or too short to tell by it: "took", "struck", "died".
    private static readonly WordSet IrregularPast =
    [
        "took", "struck", "fought", "shot", "won", "lost", "fled", "began", "sent", "overran", "broke", "drove",
        "hit", "held", "led", "left", "met", "brought", "caught", "fell", "withdrew", "stole", "blew", "died", "rose",
    ];

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

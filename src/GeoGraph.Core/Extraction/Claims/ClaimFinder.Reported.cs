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
            // "X was quoted by Y as saying that …": the subject said it, the outlet after "by" carried it.
            if (PassiveQuote(s, k) || ClaimedByAgent(s, k) || AccusedByAgent(s, k))
                continue;
            if (_context.IsWord(k - 1, "as") || _context.IsWord(k - 1, "was") || _context.IsWord(k - 1, "were")
                || _context.IsWord(k - 1, "been") || _context.IsWord(k - 1, "is") || _context.IsWord(k - 1, "be")
                || FreeRelative(k) || AgentlessPassive(k) || Unsaid(k))
                continue;
            // "The LRA threatened to attack Kenya, Uganda said.": a verb of saying inside what a trailing attribution
            // reports is part of the statement; the sentence is the trailing speaker's.
            if (!_context.IsAnyWord(k, PlainSayingVerbs) && TrailingSaid(s, verbEnd))
                continue;
            var subjectStart = SubjectStart(s, k);
            // "…, as Uganda accused the group of …": the conjunction opens the clause; the subject follows it.
            if (_context.IsWord(subjectStart, "as") && subjectStart + 1 < k && subjectStart > s.FirstToken)
                subjectStart++;
            Speaker? speaker;
            // "…, the UN mission, MINUSCA, said", "…, the EU's naval mission, Operation Atalanta, said": a body named and
            // described between commas after the statement.
            if (ApposedBodyBefore(s, k) is var (apposedStart, apposedBody))
                (subjectStart, speaker) = (apposedStart, new Speaker(apposedBody, null, false));
            else
                speaker = JoinedVerbSubject(subjectStart, k) ?? _speakers.Find(subjectStart, k) ?? NamedInAppositionBefore(s, k);
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
            // "X declared a day of mourning and, after meeting his security chiefs, said …": past a parenthetical, a verb
            // joined by "and" has the sentence's subject.
            if (speaker is null && JoinedPastParenthetical(s, k) is var joined and > 0)
                speaker = _speakers.Find(s.FirstToken, joined);
            // "He added that …, and insisted the revolt would …": a joined verb with no subject shares the last one's.
            if (speaker is null && subjectStart >= k - 2 && (_context.IsWord(k - 1, "and") || _context.IsWord(k - 2, "and") && _context.IsWord(k - 1, "also"))
                && _claims.Count > 0 && _context.SentenceOfToken[_claims[^1].FirstToken] == s.Index)
                speaker = _claims[^1].Speaker;
            // "drawing a rebuke from the Iraqi government, which said …", "police sources, who said …": a relative
            // clause's speaker is what it hangs on.
            if (speaker is null && subjectStart >= k - 2 && RelativePronounBefore(k) is var relative and > 0)
                speaker = AttributedUpTo(relative - 1) is { } source ? source
                    : _context.MentionAt(relative - 2) is { Entity: { IsActor: true } antecedent } m0 && m0.EndToken == relative - 1
                    ? new Speaker(antecedent, null, antecedent.Kind == EntityKind.Official)
                    : ApposedTo(SubjectStart(s, relative - 1)) is { } apposed ? new Speaker(apposed, null, apposed.Kind == EntityKind.Official)
                    : _speakers.Find(SubjectStart(s, relative - 1), relative - 1);
            // "X (ACR), an outfit that officials describe as …, claimed responsibility", "X (ACR, its French name), the
            // Sahel branch of Y, claimed": past a long apposition, the subject is the actor that opens the sentence.
            if (speaker is null && subjectStart >= k - 1 && k - 2 > s.FirstToken && _context.Tokens[k - 1].Is(',')
                && (_context.MentionAt(s.FirstToken) ?? _context.MentionAt(s.FirstToken + 1)) is { Entity: { IsActor: true } opener } m
                && DescribedInApposition(s, m.EndToken, k))
                speaker = new Speaker(opener, null, opener.Kind == EntityKind.Official);
            // "The Karabakh authorities announced …": a described speaker the article does not name is still a speaker.
            // "The ministry, in a statement issued late on Sunday, said": the description is what stands before the parenthetical.
            speaker ??= LaterAttribution(s, verbEnd) ? null : Described(subjectStart, BeforeParenthetical(subjectStart, k));
            // "1.5 Spokesman X, 31 January: the administration attributes …": a briefing item's statement is its
            // heading's speaker's; a described subject inside it is part of what is said.
            if (speaker?.Entity is null && HeadingBefore(s, k))
                continue;
            // "The New York Times, citing American officials, reported that …": the officials speak, the outlet carried it.
            Mentions.EntityDraft? relay = null;
            if (_citedFor.FindIndex(c => c.Verb == k) is var cited and >= 0)
            {
                (_, speaker, relay) = _citedFor[cited];
                _citedFor.RemoveAt(cited);
            }
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
            outlet ??= relay ?? told ?? Carrier(s.FirstToken, k);
            // "…, said the Ugandan army.", "…, says Joint Command": the speaker named after the verb.
            if (speaker is null && VerbFirst(s, k, verbEnd) is { } verbFirst)
            {
                Add(verbFirst);
                continue;
            }
            // "…, the 38-year-old said": a subject no rule resolves still says what follows a plain verb of saying, in
            // its own words.
            // "army chief calls …" in a headline: the official the article then names with that title, not a description.
            if (speaker is { IsPerson: true, Description: not null } && HeadlineSubject(s, subjectStart, k) is { Entity.Kind: EntityKind.Official } titled)
                speaker = titled;
            speaker ??= HeadlineSubject(s, subjectStart, k) ?? UnresolvedSubject(subjectStart, k);
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
            if (IsAppeal(verbKey) && _context.IsWord(verbEnd, "for"))
                continue;
            // "who asked not to be named, said …": a source's wish to stay unnamed says nothing; the statement follows.
            if (verbKey is "asked" or "asks" && AsksAnonymity(verbEnd))
                continue;
            var end = StatementEnd(s, Math.Max(start, verbEnd), k);
            // "… said that three were arrested, the Associated Press reported.": the outlet that closes the sentence
            // carried the statement; it is neither part of it nor its speaker.
            if (!parenthetical && TrailingOutlet(s, Math.Max(start, verbEnd), end) is var (outletComma, closingOutlet) && closingOutlet != speaker.Entity)
            {
                end = outletComma;
                outlet ??= closingOutlet;
            }
            // "an outfit that officials describe as a front for X, claimed …": a relative clause's statement ends with it.
            if (subjectStart > s.FirstToken && _context.IsAnyWord(subjectStart - 1, Relatives))
                end = Math.Min(end, NextComma(Math.Max(start, verbEnd), end));
            // "The Houthis, who say they act for Gaza, claimed …": so does one whose subject is the relative pronoun, when
            // the main clause's verb follows its closing comma.
            if (k - 1 > s.FirstToken && (_context.IsWord(k - 1, "who") || _context.IsWord(k - 1, "which")) && _context.Tokens[k - 2].Is(',')
                && NextComma(Math.Max(start, verbEnd), end) is var close && close < end && (IsVerbAt(close + 1) || IsSpeechVerb(close + 1)))
                end = close;
            // "rejected Pakistan's accusations", "blames Iran-backed militias", "claimed the attack": a verb whose
            // statement is its object; the whole clause states it.
            var objectVerb = IsDenialAt(k) || IsAccusation(verbKey) || IsNaming(verbKey) || ClaimsAnAct(verbKey, s, start, end)
                             || Reaffirms(verbKey, start, end) || ThreatensSomeone(verbKey, start, end)
                             || Announces(verbKey, start, end) || ReportsACount(verbKey, verbEnd, s.EndToken) || Admits(verbKey, start, end)
                             // "Army chief confirms withdrawal from Gulu": a headline's confirmation states its object.
                             || verbKey is "confirms" && Headline(s)
                             // "rejected reports of Ugandan preparations for war (as false)": what the reports tell is denied.
                             || _context.IsWord(verbEnd, "of") && DeniedReport(s, k);
            // "…, X said after a closed-door briefing": a prepositional phrase after the verb is no statement.
            var adjunctOnly = !AfterThat(start) && start < end && _context.IsAnyWord(start, AdjunctPrepositions)
                              && !Enumerable.Range(start, end - start).Any(i => _context.Tokens[i].IsWordLike && IsFiniteVerb(_context.Tokens[i].Key));
            // "urged residents to report anything they knew": an unquoted appeal states nothing, whatever verbs follow.
            var appeal = IsAppeal(verbKey) && !AfterThat(start) && InfinitiveAfter(verbEnd, end);
            var hasClause = start < end && WordCount(start, end) >= 2 && !adjunctOnly && !appeal
                            && (AfterThat(start) || objectVerb || verbKey is "put" or "puts" || RelativeWithoutSubject(k, start) || ConfirmsAnEvent(verbKey, start, end)
                                || WordCount(start, end) >= 3 && (LooksLikeClause(start, end) || Headline(s)));
            var claim = parenthetical
                ? Inverted(s, subjectStart, speaker, end)
                : hasClause
                    ? new ClaimDraft(start, end, ClaimForm.ReportedSpeech, speaker)
                    {
                        TextFirst = objectVerb && !AfterThat(start) ? ObjectStatementFirst(subjectStart, k) : DeniedReport(s, k) ? k : Math.Max(WarnedBefore(verbKey, verbEnd, start), RelativeStatementFirst(s, k)),
                    }
                    // "Speaking to reporters in Nairobi, Ruto said Kenya stood firm": what opens the sentence only sets the
                    // scene, so the words after the verb are the statement even where no rule reads them as a clause.
                    : IntroducedByAdjunct(s, subjectStart) ? (WordCount(start, end) >= 2 ? new ClaimDraft(start, end, ClaimForm.ReportedSpeech, speaker) : null)
                    : end < s.EndToken && IsJoiner(end) ? null : Inverted(s, subjectStart, speaker, subjectStart - 1);
            if (claim is null)
                continue;
            claim.ReportedBy = outlet;
            claim.Attribution = (subjectStart, Math.Max(start, verbEnd));
            // "rejected claims that …", "denied reports that …": the verb before the last of the run denies.
            claim.DeniedByVerb = IsDenialAt(k) || k > s.FirstToken && _context.Tokens[k - 1].IsWordLike && IsDenial(_context.Tokens[k - 1].Key);
            claim.Verb = k;
            claim.Accused = accused;
            Add(claim);
        }
    }

    // "counted 97 attacks in February, which it said had left 87 dead": what the relative clause hangs on, back to the
    // verb that takes it, is part of the statement when it is a description; -1 otherwise.
    private int RelativeStatementFirst(Sentence s, int verb)
    {
        // "launched Operation Linda, which he said would …": a name the clause hangs on is no part of what was said.
        if (verb - 3 <= s.FirstToken || !_context.IsAnyWord(verb - 1, Pronouns) || !_context.IsWord(verb - 2, "which") || !_context.Tokens[verb - 3].Is(',')
            || _context.MentionAt(verb - 4) is { Entity: not null })
            return -1;
        for (var j = verb - 4; j > s.FirstToken && j > verb - 20; j--)
        {
            if (_context.Tokens[j].Is(',') || _context.Tokens[j].Is(';'))
                return -1;
            if (IsVerbAt(j) || IsSpeechVerb(j))
                return j + 1 < verb - 3 ? j + 1 : -1;
        }
        return -1;
    }

    // "warned the Taliban that Pakistan will respond": the one warned is part of the warning's text; -1 otherwise.
    private int WarnedBefore(string verbKey, int verbEnd, int start)
    {
        if (verbKey is not ("warned" or "warns") || !_context.IsWord(start - 1, "that"))
            return -1;
        var warned = _context.IsWord(verbEnd, "the") ? verbEnd + 1 : verbEnd;
        return _context.MentionAt(warned) is { Entity.IsActor: true } m && m.FirstToken == warned && m.EndToken == start - 1 ? verbEnd : -1;
    }

    // "Operation Linda, which he said would hunt down the attackers": the relative stands for the subject of what was
    // said, which opens with its verb.
    private bool RelativeWithoutSubject(int verb, int start)
    {
        var subject = _context.MentionAt(verb - 1) is { } m ? m.FirstToken : _context.IsAnyWord(verb - 1, Pronouns) ? verb - 1 : -1;
        return subject > 0 && (_context.IsWord(subject - 1, "which") || _context.IsWord(subject - 1, "who"))
               && start < _context.Tokens.Count && _context.Tokens[start].IsWordLike && IsFiniteVerb(_context.Tokens[start].Key);
    }

    // "what he described as long delays", "what he called a march": a verb inside a free relative attributes a
    // word to its subject, not a statement.
    private bool FreeRelative(int verb) =>
        _context.IsWord(verb - 1, "what") || _context.IsWord(verb - 2, "what") && _context.IsAnyWord(verb - 1, Pronouns);

    private static readonly WordSet GroupNouns = ["group", "militants", "militia", "movement", "outfit", "rebels", "insurgents", "jihadists", "faction"];

    // "The Somalia-based group", "the militants": a description of an armed group is the last group named before it.
    private Speaker? GroupNamedBefore(int first, int end)
    {
        if (!_context.IsAnyWord(end - 1, GroupNouns))
            return null;
        for (var i = first - 1; i >= 0 && i >= first - 300; i--)
        {
            if (_context.MentionAt(i) is { Entity: { Kind: EntityKind.Group } group, Form: Mentions.MentionForm.Name })
                return new Speaker(group, null, false);
        }
        return null;
    }

    // "Tajikistan reported 41 dead", "the ministry reported 12 killed": a count reported is a statement.
    private bool ReportsACount(string verbKey, int from, int end) =>
        verbKey is "reported" or "reports" or "recorded" or "records" && from + 1 < end && _context.Tokens[from].Kind == Tokens.TokenKind.Number
        && _context.Tokens[from + 1] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower };

    // The "and" of "… and, after meeting his chiefs, said", or -1.
    private int JoinedPastParenthetical(Sentence s, int verb)
    {
        if (verb - 1 <= s.FirstToken || !_context.Tokens[verb - 1].Is(','))
            return -1;
        for (var i = verb - 2; i > s.FirstToken && i >= verb - 14; i--)
        {
            if (_context.Tokens[i].Is(',') && _context.IsWord(i - 1, "and"))
                return i - 1 > s.FirstToken ? i - 1 : -1;
            if (_context.Tokens[i].Is(',') || _context.Tokens[i].Is(';') || _context.Tokens[i].Is('"'))
                return -1;
        }
        return -1;
    }

    private bool PassiveQuote(Sentence s, int k)
    {
        if (_context.Tokens[k].Key is not ("quoted" or "cited") || !_context.IsAnyWord(k - 1, PassiveAuxiliaries))
            return false;
        var saying = k + 1;
        while (saying < s.EndToken && saying < k + 12 && !_context.IsWord(saying, "saying"))
            saying++;
        if (saying >= s.EndToken || saying >= k + 12 || _context.IsWord(k + 1, "as") && saying != k + 2)
            return false;
        var subjectStart = SubjectStart(s, k - 1);
        if (_speakers.Find(subjectStart, k - 1) is not { } speaker)
            return false;
        Mentions.EntityDraft? outlet = null;
        for (var i = k + 2; i < saying && _context.IsWord(k + 1, "by") && outlet is null; i++)
            outlet = _context.MentionAt(i) is { Entity: { IsOutlet: true } carrier } ? carrier : null;
        var start = _context.IsWord(saying + 1, "that") ? saying + 2 : saying + 1;
        var end = StatementEnd(s, start, k);
        if (WordCount(start, end) < 3)
            return false;
        var claim = new ClaimDraft(start, end, ClaimForm.ReportedSpeech, speaker) { Verb = k, Attribution = (subjectStart, start) };
        claim.ReportedBy = outlet;
        Add(claim);
        return true;
    }

    /// <summary>
    /// "The attack was claimed by the LRA": a claim of responsibility in the passive voice is the agent's statement; its
    /// text runs from the act claimed to the agent.
    /// </summary>
    private bool ClaimedByAgent(Sentence s, int k)
    {
        if (_context.Tokens[k].Key != "claimed" || !_context.IsAnyWord(k - 1, PassiveAuxiliaries) || !_context.IsWord(k + 1, "by"))
            return false;
        if (AgentAfter(k + 1) is not { Entity: { IsActor: true, IsOutlet: false } agent } m)
            return false;
        var start = SubjectStart(s, k - 1);
        if (start >= k - 1 || WordCount(start, k - 1) < 2)
            return false;
        // The claim ends with its agent and the agent's acronym; what follows ("…, which said that …") is its own.
        var end = m.EndToken;
        if (end + 2 < s.EndToken && _context.Tokens[end].Is('(') && OpeningBracket(s, end + 2) == end)
            end += 3;
        var claim = new ClaimDraft(start, end, ClaimForm.ReportedSpeech, new Speaker(agent, null, agent.Kind == EntityKind.Official))
        {
            Verb = k,
            Attribution = (k, end),
        };
        Add(claim);
        return true;
    }

    // The name after the "by" at <paramref name="by"/>, past "the": "claimed by the LRA".
    private Mentions.Mention? AgentAfter(int by) => _context.MentionAt(_context.IsWord(by + 1, "the") ? by + 2 : by + 1);

    /// <summary>
    /// "Uganda has been accused by Kenya of supporting the LRA": an accusation in the passive voice is the agent's
    /// statement; its text is the whole clause, the one accused and the charge.
    /// </summary>
    private bool AccusedByAgent(Sentence s, int k)
    {
        if (_context.Tokens[k].Key is not ("accused" or "blamed") || !_context.IsAnyWord(k - 1, PassiveAuxiliaries) || !_context.IsWord(k + 1, "by"))
            return false;
        if (AgentAfter(k + 1) is not { Entity: { IsActor: true } agent } m || !(_context.IsWord(m.EndToken, "of") || _context.IsWord(m.EndToken, "for")))
            return false;
        var start = SubjectStart(s, k - 1);
        if (start >= k - 1 || _context.MentionAt(start) is null && _context.MentionAt(start + 1) is null)
            return false;
        var end = StatementEnd(s, m.EndToken + 1, k);
        if (WordCount(m.EndToken + 1, end) < 2)
            return false;
        var claim = new ClaimDraft(start, end, ClaimForm.ReportedSpeech, new Speaker(agent, null, agent.Kind == EntityKind.Official))
        {
            Verb = k,
            Attribution = (k, m.EndToken),
        };
        Add(claim);
        return true;
    }

    private static readonly WordSet PlainSayingVerbs = ["said", "says", "told", "tells", "added", "adds", "stated"];

    private static readonly WordSet WhWords = ["what", "who", "whom", "how", "where", "why", "which", "when"];

    // "Bank officials first estimated": when the subject spoke is no part of it (besides the SpeechAdverbs: "later", "then").
    private static readonly WordSet WhenAdverbs = ["first", "initially", "subsequently", "now", "once", "already"];

    private Speaker? UnresolvedSubject(int subjectStart, int verb)
    {
        // "State media accused X of …", "Local media reported that …": a charge, or a report of a clause, has a speaker too.
        // "…, state media reported", "…, local television said": a medium described, not named, carries the report.
        var medium = _context.IsAnyWord(verb - 1, MediaNouns);
        if (!_context.IsAnyWord(verb, PlainSayingVerbs) && !IsAccusation(_context.Tokens[verb].Key)
            && !(_context.Tokens[verb].Key is "reported" or "reports" && (_context.IsWord(verb + 1, "that") || medium)) || subjectStart >= verb)
            return null;
        var first = subjectStart;
        while (first < verb && !_context.Tokens[first].IsWordLike)
            first++;
        var end = BeforeParenthetical(first, verb);
        // "X's government has accused": the auxiliary before the verb is no part of the subject.
        while (end - first > 1 && _context.Tokens[end - 1] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } aux
               && (IsFiniteVerb(aux.Key) || aux.Key is "repeatedly" || _context.IsAnyWord(end - 1, SpeechAdverbs)
                   || _context.IsAnyWord(end - 1, WhenAdverbs)))
            end--;
        // A pronoun or a lone joining word left unresolved says nothing of who spoke.
        if (end - first < 2 || end - first > 8 || _context.IsAnyWord(first, Pronouns) || _context.IsAnyWord(first, Words.ClauseOpeners))
            return null;
        // A noun phrase: "the armed forces spokesman", "Abiy's office"; not "what officials", "In October X", "of them".
        var opener = _context.Tokens[first];
        if (!(_context.IsAnyWord(first, Words.Determiners) || opener.IsCapitalised && !Words.NotNames.Contains(opener, _context.Gazetteer.Words) || medium))
            return null;
        for (var i = first; i < end; i++)
        {
            if (_context.IsAnyWord(i, WhWords) || _context.IsAnyWord(i, ObjectPronouns) || _context.IsWord(i, "and") || _context.IsWord(i, "or"))
                return null;
        }
        return new Speaker(null, _context.Text(first, end), false);
    }

    private static readonly WordSet MediaNouns = ["media", "television", "tv", "radio", "broadcaster", "press", "outlets", "newspapers"];

    private int BeforeParenthetical(int first, int verb)
    {
        for (var i = first + 1; i < verb; i++)
        {
            if (_context.Tokens[i].Is(','))
                return i;
        }
        return verb;
    }

    // "claimed by the Front (LF), al-Qaeda's Sahel branch, which said": the actor a description at <paramref name="start"/>
    // is set beside, or null.
    private Mentions.EntityDraft? ApposedTo(int start)
    {
        var j = start - 1;
        if (j < 1 || !_context.Tokens[j].Is(','))
            return null;
        j--;
        if (_context.Tokens[j].Is(')'))
        {
            while (j > 0 && !_context.Tokens[j].Is('('))
                j--;
            j--;
        }
        return j >= 0 && _context.MentionAt(j) is { Entity: { IsActor: true } actor, Form: Mentions.MentionForm.Name } ? actor : null;
    }

    // The "which" or "who" of ", which said", ", who later said" right before the verb at <paramref name="verb"/>, or -1.
    private int RelativePronounBefore(int verb)
    {
        var r = verb - 1;
        if (r < 2)
            return -1;
        if (_context.Tokens[r] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } adverb && (_context.IsAnyWord(r, SpeechAdverbs) || adverb.Key.EndsWith("ly", StringComparison.Ordinal)))
            r--;
        return r > 1 && (_context.IsWord(r, "which") || _context.IsWord(r, "who")) && _context.Tokens[r - 1].Is(',') ? r : -1;
    }

    // "the Karabakh authorities", "the embattled head of Tigray's interim administration": a definite description
    // before the verb, kept as written.
    private Speaker? Described(int first, int verb)
    {
        // "The ministry also said", "the army repeatedly said": an adverb before the verb is no part of the description.
        while (verb - 1 > first && _context.Tokens[verb - 1] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } adverb
               && (_context.IsAnyWord(verb - 1, SpeechAdverbs) || adverb.Key.Length > 4 && adverb.Key.EndsWith("ly", StringComparison.Ordinal)))
            verb--;
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
        // "the Home Minister": a title in capitals still describes a person.
        if (last.Case != Tokens.TokenCase.Lower && _context.MentionAt(verb - 1) is null && !_context.Gazetteer.Titles.StartsWith(last) || !last.IsWordLike)
            return null;
        // A description mostly points back to whoever spoke just before: a person for "the ex-parliamentarian".
        // Not a group noun that opens a title ("Group Captain").
        var person = Words.PersonNouns.Contains(last, _context.Gazetteer.Words) || _context.Gazetteer.Titles.StartsWith(last) && !GroupNouns.Contains(last, _context.Gazetteer.Words)
                     || last.Key.EndsWith("ian", StringComparison.Ordinal) || last.Key.EndsWith("ist", StringComparison.Ordinal);
        // "the defence force said" after the National Defence Force: the body named by those words.
        var named = person ? null : GroupNamedBefore(first, verb) ?? _speakers.BodyNamedLike(first, verb) ?? _speakers.StateAuthorities(first, verb - 1);
        // "the ministry said" after the army spoke: a body of another kind is no one who spoke before (a state is
        // every kind).
        var recent = _speakers.Recent(person, first);
        if (recent?.Entity is { Kind: not EntityKind.Country } body && OtherKind(last.Key, body.Name))
            recent = null;
        return named ?? recent ?? new Speaker(null, _context.Text(first, verb), person);
    }

    // Whether a description's head noun names a kind of body that <paramref name="name"/> is not.
    private static bool OtherKind(string head, string name) => head switch
    {
        "ministry" or "embassy" or "presidency" or "police" => !name.Contains(head, StringComparison.OrdinalIgnoreCase),
        "army" or "military" or "forces" => !NamesAnArm(name),
        _ => false,
    };

    private static bool NamesAnArm(string name)
    {
        foreach (var word in ArmedNames)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static readonly string[] ArmedNames = ["army", "military", "force", "armed", "command", "guard", "troops"];

    private static readonly WordSet SpeechAdverbs = ["also", "later", "again", "earlier", "then", "previously", "further", "still", "too", "meanwhile"];

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
        key is "calls" or "called" or "branded" or "labelled" or "labeled" or "described" or "describes" or "describe" || AsNamingVerbs.Contains(key)
        || ConsiderVerbs.Contains(key) || IsCredit(key);


    private bool NamedObjectFollows(string verb, int from, int end)
    {
        if (ConsiderVerbs.Contains(verb))
            return ConsideredAsSomething(from - 1, end);
        if (verb is "gave" or "gives")
            return GivenAs(from - 1);
        if (AsNamingVerbs.Contains(verb))
            return AsAfter(from - 1) || CondemnsAnObject(from - 1);
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

    // "acknowledged significant losses", "admitted heavy losses, including …": what is admitted is the statement.
    private bool Admits(string verb, int start, int end) =>
        verb is "acknowledged" or "acknowledges" or "admitted" or "admits" or "conceded" or "concedes" && !AfterThat(start) && start + 1 < end
        && _context.Tokens[start] is { Kind: Tokens.TokenKind.Word or Tokens.TokenKind.Number } first && !_context.IsAnyWord(start, Pronouns)
        && first.Key is not ("to" or "on" or "in" or "at" or "after" or "before" or "during");

    private static readonly WordSet ConfirmedEvents =
    [
        "death", "deaths", "killing", "killings", "toll", "capture", "arrest", "arrests", "release", "withdrawal", "kidnapping",
        "abduction",
    ];

    // "confirmed her death", "confirmed his arrest": what befell the one the article spoke of is the statement, a clause
    // or not ("confirmed the deaths on Monday" says no more than that there were deaths).
    private bool ConfirmsAnEvent(string verb, int start, int end) =>
        verb is "confirmed" or "confirms" && !AfterThat(start) && start + 1 < end && _context.IsAnyWord(start, Possessives)
        && _context.IsAnyWord(start + 1, ConfirmedEvents);

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
            // ", according to SITE" cited after the statement and set aside by According: the statement ends before it.
            if (j > from && _used[j] && _relayedBefore.Any(r => r.Before == j))
                return j;
            if (_context.Tokens[j].Is('"'))
                quote = !quote;
            // "said the attack was cowardly, blaming the LRA": the blame after the statement is the speaker's next act,
            // read as a statement that goes on with this one.
            if (!quote && j > verb && _context.Tokens[j].Is(',') && _context.IsWord(j + 1, "blaming"))
                return j;
            // "…, a charge Kampala denied": the denial set after the statement is a statement of its own.
            if (!quote && j > verb && (_context.Tokens[j].Is(',') || _context.Tokens[j].Is('-'))
                && (ChargeDenied(j + 1, s.EndToken) is not null || RelativeNaming(j + 1, s.EndToken) is not null))
                return j;
            if (quote || j <= verb || !IsSpeechVerb(j) || _context.Tokens[j].Key.EndsWith("ing", StringComparison.Ordinal))
                continue;
            // The joined verb's own subject: nothing ("and denied"), or a short name or pronoun ("and Reuters reported").
            var i = j - 1;
            while (i > from && _context.IsWord(i, "also"))
                i--;
            var subjectWords = 0;
            while (i > from && subjectWords <= 5 && !IsJoiner(i) && !_context.Tokens[i].Is(',') && !_context.IsWord(i, "as"))
            {
                // "; the National Anti-Terrorism Committee (NAK) said": an acronym in brackets is part of the subject.
                if (_context.Tokens[i].Is(')') && OpeningBracket(s, i) is var open && open > from)
                    i = open;
                else if (!_context.Tokens[i].IsWordLike && !_context.Tokens[i].Is('-'))
                    break;
                // "the Saudi-led coalition": a hyphen joins words of the subject and is no word of its own.
                if (!_context.Tokens[i].Is('-'))
                    subjectWords++;
                i--;
            }
            // "Moscow says A; Kyiv says B": a semicolon before a subject and its verb of saying starts a second statement.
            // "Shah calls it 'mistaken identity', Congress says House was misled": a headline joins them with a comma.
            if (i > from && (_context.Tokens[i].Is(';') || _context.Tokens[i].Is(',') && Headline(s)) && subjectWords > 0
                && (Names(i + 1, j) || Headline(s) && BareHeadlineSubject(i + 1, j)))
                return i;
            // "Houthis say they sank the ship as US accuses group of kidnapping crew": an accusation or a denial by another
            // speaker joined by "as" is a statement of its own, with or without a comma.
            if (i > from && _context.IsWord(i, "as") && subjectWords > 0 && Names(i + 1, j)
                && (IsAccusation(_context.Tokens[j].Key) || IsDenial(_context.Tokens[j].Key)))
                return _context.Tokens[i - 1].Is(',') ? i - 1 : i;
            // Only a joiner after a comma or a semicolon starts a second statement ("…, and denied that"); "said A
            // and warned that B" is one. A charge, a denial or a reaffirmation stated by its object is one statement and
            // what the speaker "said" after it another ("condemned the raid as a war crime and said it would …"); other
            // verbs go on with the first ("accused X of A and promised to …").
            if (i <= from || !IsJoiner(i) || subjectWords > 0 && !Names(i + 1, j)
                || !_context.Tokens[i].Is(';') && !_context.Tokens[i - 1].Is(',') && !(subjectWords == 0 && StatedByObject(verb, from)
                    // "denied that its units had crossed and called the attack an act of aggression": after a denial a naming is a
                    // statement of its own, which the denial does not negate.
                    && (_context.Tokens[j].Key is "said" or "says"
                        || IsDenialAt(verb) && IsNaming(_context.Tokens[j].Key) && NamedObjectFollows(_context.Tokens[j].Key, j + 1, s.EndToken))))
                continue;
            while (i > from && (IsJoiner(i - 1) || _context.Tokens[i - 1].Is(',')))
                i--;
            return i;
        }
        return s.EndToken;
    }

    private bool IsJoiner(int i) => _context.Tokens[i].Is(';') || _context.IsWord(i, "and") || _context.IsWord(i, "but") || _context.IsWord(i, "while");

    // Whether tokens [first, end) name a speaker: a mention, a pronoun or an unnamed one ("but a security official told").
    private bool Names(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (_context.MentionAt(i) is not null || _context.IsAnyWord(i, Pronouns) || _context.IsAnyWord(i, Words.UnnamedSpeakers)
                || _context.IsAnyWord(i, SpeakerFinder.Collectives) || _context.IsAnyWord(i, SpeakingBodies))
                return true;
        }
        return false;
    }

    // "…, the foreign office said", "…, the ministry said", "…, the army's media wing said": a body no list names.
    private static readonly WordSet SpeakingBodies = ["ministry", "office", "wing", "presidency", "embassy", "command", "headquarters", "cabinet"];

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

    // "did not say how many", "would not say whether", "declined to say", "refused to comment": nothing was stated.
    private bool Unsaid(int verb) =>
        _context.IsWord(verb - 1, "not") || _context.IsWord(verb - 1, "never")
        || Relations.Negation.IsContractedNot(_context, verb - 1)
        || _context.IsWord(verb - 1, "to") && (_context.IsWord(verb - 2, "declined") || _context.IsWord(verb - 2, "refused") || _context.IsWord(verb - 2, "declines")
                                               || _context.IsWord(verb - 2, "refuses"));

    // ", Reuters reported." or ", the Associated Press said on Thursday." closing [from, end): the comma and the outlet.
    private (int Comma, Mentions.EntityDraft Outlet)? TrailingOutlet(Sentence s, int from, int end)
    {
        if (end < s.EndToken - 1)
            return null;
        // The full stop, if the statement runs to it, is no word of the attribution.
        if (_context.Tokens[end - 1].Is('.'))
            end--;
        for (var comma = end - 2; comma > from; comma--)
        {
            if (!_context.Tokens[comma].Is(','))
                continue;
            var i = _context.IsWord(comma + 1, "the") ? comma + 2 : comma + 1;
            // "…, the SITE Intelligence Group reported": a body that reports what another said carried it.
            if (_context.MentionAt(i) is not { Entity: { } outlet } m || !IsSpeechVerb(m.EndToken)
                || !outlet.IsOutlet && !(outlet.Kind == EntityKind.Organisation && _context.IsWord(m.EndToken, "reported")))
                return null;
            // Only the verb and a time may follow: "reported late on Friday".
            return TimeOrChannelOnly(m.EndToken + 1, end, withDeterminers: false) ? (comma, outlet) : null;
        }
        return null;
    }

    // ", the official said." at the end of a sentence: the statement is the clause before the comma.
    private ClaimDraft? Inverted(Sentence s, int subjectStart, Speaker speaker, int end)
    {
        if (subjectStart <= s.FirstToken || !_context.Tokens[subjectStart - 1].Is(','))
            return null;
        // "Kenya's foreign minister, X, urged …": a title before the name is its apposition, not a statement; the
        // statement, if any, ends at the comma before the title ("The attack was the worst, Kenya's foreign minister, X, said").
        if (speaker.Entity is { Kind: EntityKind.Official } && subjectStart - 2 >= s.FirstToken && _context.IsAnyWord(subjectStart - 2, Words.PersonNouns) && end == subjectStart - 1)
        {
            var comma = subjectStart - 2;
            while (comma > s.FirstToken && !_context.Tokens[comma].Is(',') && subjectStart - comma < 10)
                comma--;
            if (!_context.Tokens[comma].Is(','))
                return null;
            end = comma;
        }
        return new ClaimDraft(StartAfterUsed(s, subjectStart - 2), end, ClaimForm.ReportedSpeech, speaker);
    }

    // Where a statement that runs back from token <paramref name="last"/> to the sentence's start begins: after the last
    // token an earlier claim of the sentence took.
    private int StartAfterUsed(Sentence s, int last)
    {
        for (var i = last; i > s.FirstToken; i--)
        {
            if (_used[i])
                return i + 1;
        }
        return BodyStart(s);
    }

    // The sentence's first token, or the one after an opening dateline ("IMPHAL, Aug 30: …").
    private int BodyStart(Sentence s)
    {
        for (var i = s.FirstToken; i < s.EndToken && i < s.FirstToken + 10; i++)
        {
            if (_context.Tokens[i].Is(':'))
                return Dateline(s.FirstToken, i) ? i + 1 : s.FirstToken;
        }
        return s.FirstToken;
    }
}

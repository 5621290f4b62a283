using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>Where the statement after a verb of saying starts, past adjuncts, carriers and "told X"; whether it is a clause.</summary>
internal sealed partial class ClaimFinder
{
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
            // "described it as a raid and said that …": the "that" of a second verb of saying opens its own statement.
            if (t.IsWordLike && t.Key == "that" && i - 2 > from && IsSpeechVerb(i - 1) && _context.IsWord(i - 2, "and"))
                break;
            // "claimed an attack on a police post that killed 11": after an object, "that" and a verb open a relative clause.
            if (t.IsWordLike && t.Key == "that" && i - 1 > from && _context.IsAnyWord(from, Words.Determiners)
                && i + 1 < s.EndToken && IsVerbAt(i + 1))
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
                && (_context.IsWord(i - 1, "told") || _context.IsWord(i - 1, "the") || _context.IsWord(i - 1, "with") || DescribedOutletAfterTold(from, i)))
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
        // "told parliament the government would …", "told lawmakers on Tuesday that …": whom the speaker told.
        if (told is null && _context.IsWord(from - 1, "told"))
        {
            var audience = _context.IsWord(j, "the") ? j + 1 : j;
            if (_context.IsAnyWord(audience, Audiences))
                j = audience + 1;
            // "told the Security Council the fighting had …": a body addressed is no part of what it was told.
            else if (_context.MentionAt(audience) is { Entity: { Kind: EntityKind.Organisation } } body && body.FirstToken == audience
                     && body.EndToken < s.EndToken && !_context.Tokens[body.EndToken].Is('\''))
                j = body.EndToken;
        }
        while (j < s.EndToken && (_context.Tokens[j].Is(',') || _context.Tokens[j].Is(':')))
            j++;
        return PastAdjunct(j, s.EndToken);
    }

    // "told the Nigerien outlet X", "told state broadcaster X": a description of the outlet between "told" and its name.
    private bool DescribedOutletAfterTold(int from, int outlet)
    {
        if (!_context.IsWord(from - 1, "told") || !_context.IsAnyWord(outlet - 1, OutletKinds))
            return false;
        for (var i = outlet - 2; i >= from; i--)
        {
            if (!_context.Tokens[i].IsWordLike || _context.MentionAt(i) is { Form: not Mentions.MentionForm.Demonym })
                return false;
        }
        return outlet - from <= 5;
    }

    private static readonly WordSet OutletKinds =
    [
        "outlet", "broadcaster", "newspaper", "daily", "weekly", "agency", "channel", "website", "television", "radio", "station", "paper",
    ];

    private static readonly WordSet PlaceOpeners = ["in", "at"];

    private static readonly WordSet Audiences =
    [
        "parliament", "lawmakers", "legislators", "senators", "congress", "journalists", "reporters", "delegates",
        "supporters", "residents", "mourners", "crowds", "crowd", "students", "troops", "soldiers", "diplomats",
        "assembly", "senate", "court", "judges", "investigators", "envoys", "leaders", "ministers", "cabinet",
    ];

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
        // "told diplomats in New York the fighting had …": a place named after the opener, when a clause follows it.
        if (k == i && opened && _context.IsAnyWord(i - 1, PlaceOpeners))
        {
            while (k < end && k < i + 4 && _context.Tokens[k] is { Kind: Tokens.TokenKind.Word, Case: not Tokens.TokenCase.Lower })
                k++;
        }
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

    private static bool IsAccusation(string key) => key is "accused" or "accuses" or "accuse" or "accusing" or "blamed" or "blames" or "held" or "holds" or "hold"
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
        // "put the death toll higher", not "put a first number on the losses": a count word, and a figure somewhere after.
        for (var i = from; i < end && i < from + 3; i++)
        {
            if (_context.Tokens[i].IsWordLike && _context.Tokens[i].Key is "toll" or "number" or "figure" or "count" or "tally")
                return Enumerable.Range(i + 1, Math.Max(0, end - i - 1)).Any(k => _context.Tokens[k].Kind == Tokens.TokenKind.Number || _context.IsAnyWord(k, NumberWords));
        }
        return false;
    }

    private static readonly WordSet NumberWords =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "dozen",
        "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    ];

    // "said that …", and "vowed to punish …": an infinitive right after the verb is its statement too.
    private bool AfterThat(int start) =>
        _context.IsWord(start - 1, "that") || _context.IsWord(start, "to") && IsSpeechVerb(start - 1) && start + 1 < _context.Tokens.Count
        && _context.Tokens[start + 1].Case == Tokens.TokenCase.Lower && _context.MentionAt(start + 1) is null;

    // A finite verb form: an auxiliary or a past tense ("killed", "struck").
    private bool IsVerbAt(int i) =>
        _context.Tokens[i] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } t && _context.MentionAt(i) is null
        && (IsFiniteVerb(t.Key) || IsPastTense(t));

    // "killed", "struck": a past tense by its ending or from the list of irregular ones; "said Museveni spoke with
    // Ruto": a past of speaking too, which that list leaves out.
    private bool IsPastTense(Tokens.Token t) =>
        t.Key.Length > 4 && t.Key.EndsWith("ed", StringComparison.Ordinal) || Words.IrregularPast.Contains(t, _context.Gazetteer.Words)
        || SpeakingPasts.Contains(t, _context.Gazetteer.Words);

    private static readonly WordSet SpeakingPasts = ["spoke", "wrote"];

    private static bool IsFiniteVerb(string key) =>
        key is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "could" or "can"
            or "may" or "might" or "should" or "must" or "did" or "does" or "do" or "shall";

    // "said the port was safe" holds a clause; "confirmed the attack to the BBC" only an object.
    private bool LooksLikeClause(int start, int end)
    {
        // "accused Israel of …", "blamed the PKK for …": an entity and what is said of it ("urged Hamas to …",
        // an appeal, is no statement).
        // "confirmed the attack to the BBC but gave no figures": what follows "but" is the subject's next act.
        if (_context.IsWord(start, "but"))
            return false;
        // "it denies …", "we have …": a subject pronoun opens a clause.
        if (_context.IsAnyWord(start, SubjectPronouns) && start + 1 < end && _context.Tokens[start + 1].IsWordLike)
            return true;
        var first = start;
        // "the Taliban" may be the name as listed, article and all.
        while (first < end && _context.IsWord(first, "the") && _context.MentionAt(first) is null)
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
        if (SubjectThenPresentVerb(first, end) || AdverbBeforeVerb(start, end))
            return true;
        // "the group seeks independence", "the situation remains tense": a described subject and a present tense.
        if (_context.IsAnyWord(start, Words.Determiners))
        {
            for (var v = start + 2; v < end && v <= start + 3; v++)
            {
                if (!IsSingularNoun(v - 1))
                    break;
                // The verb must lie inside the clause: adverbs may run up to its end.
                if (AfterAdverbs(v, end) is var tensed && tensed < end && IsPresentTense(tensed))
                    return true;
            }
        }
        for (var i = start + 1; i < end && i < start + 16; i++)
        {
            var t = _context.Tokens[i];
            if (!t.IsWordLike)
                continue;
            // "confirmed the attack to the BBC but gave no figures": a verb joined by "but" to the one of saying is its subject's
            // next act, not a clause of the statement.
            if (t.Key is "but" && i + 1 < end && _context.Tokens[i + 1] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } next
                && IsPastTense(next) && _context.MentionAt(i + 1) is null)
                return false;
            if (IsFiniteVerb(t.Key) || t.Key is "be" or "been")
                return true;
            if (IsPastTense(t) && _context.MentionAt(i) is null && t.Case == Tokens.TokenCase.Lower)
                return true;
        }
        return false;
    }

    private static readonly WordSet ClauseAdverbs =
    [
        "still", "now", "also", "already", "reportedly", "currently", "allegedly", "largely", "effectively", "increasingly",
        "regularly", "routinely", "again", "even", "often", "openly",
    ];

    private static readonly WordSet PossessivePronouns = ["its", "their", "our", "his", "her"];

    private bool IsPluralNoun(int i) =>
        _context.Tokens[i] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } t && t.Key.Length > 3 && t.Key.EndsWith('s')
        && !t.Key.EndsWith("ss", StringComparison.Ordinal) && _context.MentionAt(i) is null;

    /// <summary>
    /// "small bands of LRA remnants still move between …": a plural noun or a name, an adverb of time, then a plain verb
    /// with words after it, however long the subject before them.
    /// </summary>
    private bool AdverbBeforeVerb(int start, int end)
    {
        for (var i = start + 1; i + 2 < end && i < start + 12; i++)
        {
            if (!_context.IsAnyWord(i, ClauseAdverbs) || _context.MentionAt(i - 1) is null && !IsPluralNoun(i - 1))
                continue;
            var verb = i + 1;
            if (_context.Tokens[verb] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } v && _context.MentionAt(verb) is null
                && !_context.IsAnyWord(verb, Words.Prepositions) && !_context.IsAnyWord(verb, Words.Determiners) && !_context.IsAnyWord(verb, NotVerbs)
                && !v.Key.EndsWith("ing", StringComparison.Ordinal) && !v.Key.EndsWith("ly", StringComparison.Ordinal) && _context.Tokens[verb + 1].IsWordLike)
                return true;
        }
        return false;
    }

    private static readonly WordSet NotVerbs = ["and", "or", "but", "who", "which", "that", "whose", "as", "than", "if", "when", "while"];

    /// <summary>
    /// "the LRA still controls much of X", "the rebels now hold the town": a named or plural subject, adverbs, then a
    /// present tense (a plural subject's has no "-s").
    /// </summary>
    private bool SubjectThenPresentVerb(int first, int end)
    {
        int verb;
        bool plural;
        if (_context.MentionAt(first) is { Entity: not null, Form: Mentions.MentionForm.Name or Mentions.MentionForm.Anaphor } subject && subject.FirstToken == first)
        {
            verb = subject.EndToken;
            plural = _context.Tokens[subject.EndToken - 1].Key.EndsWith('s') && subject.Form == Mentions.MentionForm.Anaphor;
            // "the LRA and al-Shabaab cooperate closely": two names joined are a plural subject.
            var second = _context.IsWord(verb, "and") && _context.IsWord(verb + 1, "the") ? verb + 2 : verb + 1;
            if (_context.IsWord(verb, "and") && second < end && _context.MentionAt(second) is { Entity: not null, Form: Mentions.MentionForm.Name } joined
                && joined.FirstToken == second)
            {
                verb = joined.EndToken;
                plural = true;
            }
        }
        // "its troops still hold ground there": a possessive before a plural subject.
        else if (_context.IsAnyWord(first, PossessivePronouns) && first + 1 < end && IsPluralNoun(first + 1))
        {
            verb = first + 2;
            plural = true;
        }
        else if (IsPluralNoun(first) && !_context.IsAnyWord(first, Words.Prepositions))
        {
            verb = first + 1;
            plural = true;
        }
        else
            return false;
        // "the Allied Democratic Forces (ADF), …": the acronym in brackets belongs to the name.
        if (!plural && verb + 2 < end && _context.Tokens[verb].Is('(') && _context.Tokens[verb + 2].Is(')'))
            verb += 3;
        // 'the LLF, "an affiliate of X", still "operates in …"': an apposition and quotation marks before the verb.
        var apposed = false;
        if (!plural && verb < end && _context.Tokens[verb].Is(','))
        {
            var close = verb + 1;
            while (close < end && close < verb + 14 && !_context.Tokens[close].Is(','))
                close++;
            if (close >= end || !_context.Tokens[close].Is(','))
                return false;
            verb = close + 1;
            apposed = true;
            // "the ADF, the Islamic State's branch, were operating in X": any finite verb after the apposition.
            if (verb < end && _context.Tokens[verb].IsWordLike && (IsFiniteVerb(_context.Tokens[verb].Key) || IsPastTense(_context.Tokens[verb]) && _context.MentionAt(verb) is null))
                return true;
        }
        var adverbs = AfterAdverbs(verb, end) - verb;
        verb += adverbs;
        if (verb + 1 >= end || _context.Tokens[verb] is not { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } v || _context.MentionAt(verb) is not null
            || _context.IsAnyWord(verb, Words.Prepositions) || _context.IsAnyWord(verb, Words.Determiners) || _context.IsAnyWord(verb, NotVerbs)
            || v.Key.EndsWith("ing", StringComparison.Ordinal) || !_context.Tokens[verb + 1].IsWordLike)
            return false;
        // A singular subject's present tense ends in "-s"; the plain form after a named subject needs an adverb before it to be read.
        return plural ? !v.Key.EndsWith("ly", StringComparison.Ordinal) : (adverbs > 0 || apposed) && IsPresentTense(verb) || !apposed && PlainVerbWithObject(verb, end);
    }

    private static readonly WordSet ObjectOpeners = ["the", "a", "an", "its", "their", "his", "her", "our", "some", "much", "most", "several", "many"];

    // "confirmed the Taliban attack the day before": a time after the noun.
    private static readonly WordSet TimeNouns =
    [
        "day", "days", "week", "weeks", "morning", "afternoon", "evening", "night", "weekend", "month", "months", "year", "years",
        "previous", "same", "following", "past", "last", "next", "other",
    ];

    private static readonly WordSet Catenatives =
    [
        "continue", "want", "plan", "seek", "intend", "refuse", "hope", "aim", "try", "need", "appear", "seem", "remain", "threaten",
        "vow", "expect", "prefer", "pledge",
    ];

    // "said the Taliban provide a haven", "said the Houthis continue to fire": a group's name takes the plural, so its plain
    // form is the verb where an object (not a time) or a "to" clause follows.
    private bool PlainVerbWithObject(int verb, int end) =>
        verb + 2 < end && !_context.Tokens[verb].Key.EndsWith('s')
        && (_context.IsAnyWord(verb + 1, ObjectOpeners) && !_context.IsAnyWord(verb + 2, TimeNouns)
            || _context.IsAnyWord(verb, Catenatives) && _context.IsWord(verb + 1, "to"));

    // The first token from <paramref name="i"/> that is not an adverb, "no longer" or a quotation mark.
    private int AfterAdverbs(int i, int end)
    {
        while (i < end && (_context.IsAnyWord(i, ClauseAdverbs) || _context.Tokens[i].Is('"') || _context.IsWord(i, "never")
                           || _context.IsWord(i, "no") && _context.IsWord(i + 1, "longer") || _context.IsWord(i, "longer") && _context.IsWord(i - 1, "no")
                           || _context.Tokens[i] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } ly
                           && ly.Key.Length > 4 && ly.Key.EndsWith("ly", StringComparison.Ordinal)))
            i++;
        return i;
    }

    // A word that may head a described subject: no plural, number, preposition or determiner ("the two sides", "the attack within hours").
    private bool IsSingularNoun(int i) =>
        _context.Tokens[i] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } t && !t.Key.EndsWith('s')
        && !_context.IsAnyWord(i, Words.Prepositions) && !_context.IsAnyWord(i, Words.Determiners) && !_context.IsAnyWord(i, NumberWords)
        && _context.MentionAt(i) is null or { Form: Mentions.MentionForm.Anaphor or Mentions.MentionForm.Unnamed };

    private bool IsPresentTense(int i) =>
        _context.Tokens[i] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } t && t.Key.Length > 3 && t.Key.EndsWith('s')
        && !t.Key.EndsWith("ss", StringComparison.Ordinal) && !t.Key.EndsWith("us", StringComparison.Ordinal) && _context.MentionAt(i) is null
        && !_context.IsAnyWord(i, Words.Prepositions);

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

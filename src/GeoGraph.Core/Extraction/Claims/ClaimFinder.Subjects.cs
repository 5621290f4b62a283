using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>Where the subject of a verb of saying starts: past appositions, parentheticals and opening adverbials.</summary>
internal sealed partial class ClaimFinder
{
    // The subject of a verb of saying starts after the last comma that closes a clause, but an
    // apposition ("Jens Stoltenberg, NATO secretary general said") or a parenthetical ("the group, which seeks
    // independence, said"; "The French assessment, as quoted by CNN, said") belongs to it.
    private int SubjectStart(Sentence s, int verb)
    {
        // "The army, he said, was ready": a pronoun after a comma is the whole subject of an interrupting attribution.
        if (verb - 2 > s.FirstToken && _context.IsAnyWord(verb - 1, SubjectPronouns) && _context.Tokens[verb - 2].Is(',') && !_used[verb - 1])
            return verb - 1;
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
                // "X, who asked not to be named, visited the scene and said": past a verb joined by "and" too.
                if (commas == 0 && (i == verb - 1 || i == verb - 2 && _context.IsAnyWord(verb - 1, Auxiliaries) || _context.IsWord(verb - 1, "and"))
                    && ParentheticalOpen(s, i) is var open and >= 0)
                {
                    i = open - 1;
                    commas = 1;
                    continue;
                }
                commas++;
                if (!ClosesAppositive(s, i, verb) || commas > 2 || OpensWithAdverbial(s, i) || PersonInAdverbial(s, i) || TitledNameUpTo(i + 1, verb))
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
    private bool Headline(Sentence s) => _context.IsHeadline(s.Index);

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
        // ", speaking on condition of anonymity,", ", asking not to be named,": how an unnamed source is introduced.
        "speaking", "asking", "requesting", "declining",
        // ", in a statement issued late on Sunday,", ", on Telegram,", "The report, published by X,": where or how it was said.
        "in", "on", "through", "via", "published", "released", "issued", "posted", "however", "meanwhile",
    ];

    // ", which seeks independence for Balochistan," read back from its closing comma: the opening comma of a
    // parenthetical that starts with a relative pronoun or participle and follows a noun, or -1.
    private int ParentheticalOpen(Sentence s, int close)
    {
        // "who spoke on condition of anonymity because he was not authorised to speak to the media": a person's
        // relative clause may run long; other parentheticals are short.
        var usedInside = false;
        for (var j = close - 1; j > s.FirstToken && j >= close - 30; j--)
        {
            var t = _context.Tokens[j];
            if (t.Is('"') && ShortQuoteOpening(s, j) is var opening and >= 0)
            {
                j = opening;
                continue;
            }
            if (t.Is(';') || t.Is('"') || t.Is(':'))
                return -1;
            // "The Houthis, who say they act for Gaza, claimed": a relative clause may hold a statement of its own.
            usedInside |= _used[j];
            if (!t.Is(','))
                continue;
            // "who was attending a summit in Kazan, Russia,": the comma between a place and its country is inside.
            if (_context.MentionAt(j + 1) is { Entity.Kind: EntityKind.Country or EntityKind.Province } && _context.Tokens[j - 1].IsCapitalised)
                continue;
            // "which the press calls the Bandits, or "army of thieves",": a second name is inside too.
            if (_context.IsWord(j + 1, "or"))
                continue;
            var opens = j >= close - 16
                ? _context.IsAnyWord(j + 1, ParentheticalOpeners) || ParticipleOpens(j + 1)
                : _context.IsWord(j + 1, "who") && (_context.IsAnyWord(j - 1, Words.PersonNouns) || _context.MentionAt(j - 1) is { IsPerson: true });
            return opens && _context.Tokens[j - 1].IsWordLike && (!usedInside || _context.IsWord(j + 1, "who") || _context.IsWord(j + 1, "which")) ? j : -1;
        }
        return -1;
    }

    // ", meeting in the capital,", ", visiting the front,": a present participle opens an aside on the subject.
    private bool ParticipleOpens(int i) =>
        _context.Tokens.Count > i && _context.Tokens[i] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } t
        && t.Key.Length > 5 && t.Key.EndsWith("ing", StringComparison.Ordinal) && _context.MentionAt(i) is null;

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

    private static readonly WordSet AdverbialOpeners = ["after", "before", "following", "during", "upon", "since", "while", "when", "once"];

    // "On Monday, after briefing President X, Governor Y said": the person before the comma is the object of an
    // adverbial clause ("after briefing", "while visiting"), not the subject the name after the comma describes.
    private bool PersonInAdverbial(Sentence s, int comma)
    {
        if (_context.MentionAt(comma - 1) is not { IsPerson: true } person || person.EndToken != comma || person.FirstToken <= s.FirstToken)
            return false;
        var first = person.FirstToken - 1;
        while (first > s.FirstToken && !_context.Tokens[first - 1].Is(','))
            first--;
        if (!(_context.IsAnyWord(first, AdverbialOpeners)
                || _context.Tokens[first].Key.Length > 4 && _context.Tokens[first].Key.EndsWith("ing", StringComparison.Ordinal)))
            return false;
        for (var i = first; i < person.FirstToken; i++)
        {
            if (!_context.Tokens[i].IsWordLike)
                return false;
            // "after briefing President X": the person's title may stand outside the name's mention.
            if (_context.Tokens[i].Case != Tokens.TokenCase.Lower)
            {
                if (Officials.TitleFinder.At(_context, i, person.FirstToken) is not { } title)
                    return false;
                i = title.End - 1;
            }
        }
        return true;
    }

    // "Laila Noor, commander of the mission, said": the comma closes an apposition to a named person.
    private bool ClosesAppositive(Sentence s, int comma, int verb)
    {
        // "The ADF, which is linked to IS, has killed hundreds, the UN said": what opens with an auxiliary is the
        // subject's predicate, not a description in apposition to it.
        if (PredicateBetweenCommas(s, comma))
            return false;
        for (var j = comma - 1; j >= s.FirstToken && j >= comma - 24; j--)
        {
            // "Gen X, the head of the council and commander of the army (ZNA), confirmed": an official's offices may run
            // long; past the usual reach only a person whose apposition opens with a title.
            if (j < comma - 16)
            {
                if (_context.MentionAt(j) is { IsPerson: true } far && far.EndToken == j + 1 && _context.Tokens[far.EndToken].Is(',')
                    && OfficeFollows(far.EndToken + 1, comma))
                    return true;
                continue;
            }
            if (_context.MentionAt(j) is { } m && (m.IsPerson || m.Entity is { IsActor: true }) && m.EndToken == j + 1
                && (m.EndToken == comma || _context.Tokens[m.EndToken].Is(',')) && m.FirstToken <= s.FirstToken + 3 && !VerbBefore(s, m.FirstToken))
                return true;
            // "The Elders Forum (AEF), an umbrella body, said": the subject's acronym in brackets before the comma.
            if (_context.MentionAt(j) is { Entity.IsActor: true } named && named.EndToken == j + 1 && named.FirstToken <= s.FirstToken + 1
                && AfterBracketedAcronym(named.EndToken, comma) is var after && after > named.EndToken && _context.Tokens[after].Is(','))
                return true;
            // "Police arrested Okello, a rebel commander, the UN said", "Kenya met Museveni, the presidency said": a person
            // after a verb in the same clause is its object; "… was Okello, a publisher who described himself as": the
            // relative clause after the comma is still the person's.
            // "spoke with X, with Y and with Z, his office said": people after "with" go on the clause's list, they are no
            // apposition.
            if (_context.MentionAt(j) is { IsPerson: true } p && p.EndToken == j + 1)
                return !ListedPartner(s, comma) && (p.EndToken == comma
                    ? !VerbBeforeInClause(s, p.FirstToken) || _context.AnyWordIn(comma + 1, verb, RelativeWho)
                    : _context.Tokens[p.EndToken].Is(',') && !VerbBeforeInClause(s, p.FirstToken));
            if (IsSpeechVerb(j))
                return false;
        }
        return false;
    }

    // Whether the words before the comma, back to the comma before them, open with a finite verb ("has", "was", "will"),
    // or with a past tense and its object after an apposition ("X, which is allied with Y, attacked the base").
    private bool PredicateBetweenCommas(Sentence s, int comma)
    {
        for (var j = comma - 1; j > s.FirstToken; j--)
        {
            if (!_context.Tokens[j].Is(','))
                continue;
            if (j + 2 >= comma || _context.Tokens[j + 1] is not { Kind: TokenKind.Word, Case: TokenCase.Lower } t)
                return false;
            if (IsFiniteVerb(t.Key))
                return true;
            // "X, a splinter group of Y, attacked Gulu": a name the article does not list, or a number, is an object too;
            // a participle in apposition goes on with a preposition ("founded in 1987", "wanted by the ICC").
            return IsPastTense(t) && (_context.IsAnyWord(j + 2, Words.Determiners) || _context.MentionAt(j + 2) is not null
                                      || _context.Tokens[j + 2].IsCapitalised || _context.Tokens[j + 2].Kind == TokenKind.Number)
                   && CommaBefore(s, j);
        }
        return false;
    }

    private bool CommaBefore(Sentence s, int at)
    {
        for (var j = at - 1; j > s.FirstToken; j--)
        {
            if (_context.Tokens[j].Is(','))
                return true;
        }
        return false;
    }

    // "Eritrea was arming al-Shabaab, the UN said": a name that ends a clause is its object, not a subject in apposition.
    private bool VerbBefore(Sentence s, int name)
    {
        for (var i = s.FirstToken; i < name; i++)
        {
            if (IsVerbAt(i) || _context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } t && _context.MentionAt(i) is null
                && t.Key.EndsWith("ing", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private bool VerbBeforeInClause(Sentence s, int name)
    {
        for (var i = name - 1; i >= s.FirstToken && !_context.Tokens[i].Is(','); i--)
        {
            // "The committee, chaired by X, said": a participle with its agent describes the body before it; "spoke by
            // phone with X" is no participle.
            if (IsVerbAt(i) && (!_context.IsWord(i + 1, "by") || _context.IsAnyWord(i, SpeakingPasts)))
                return true;
        }
        return false;
    }

    private static readonly WordSet RelativeWho = ["who"];

    // Whether the words before <paramref name="comma"/>, back to the comma before them, open with a partner's "with"
    // or "to" ("with Kenyan President X and with Y"), or end a list of people begun as a verb's object ("met X, Y and Z").
    private bool ListedPartner(Sentence s, int comma)
    {
        var i = comma - 1;
        while (i > s.FirstToken && !_context.Tokens[i - 1].Is(','))
            i--;
        if (i <= s.FirstToken)
            return false;
        if (_context.IsAnyWord(i, PartnerMarkers) || _context.IsWord(i, "and") && _context.IsAnyWord(i + 1, PartnerMarkers))
            return true;
        return PeopleJoinedByAnd(i, comma) && _context.MentionAt(i - 2) is { IsPerson: true } first && first.EndToken == i - 1
               && VerbBeforeInClause(s, first.FirstToken);
    }

    // Whether [from, end) holds only people, joined by "and" at least once.
    private bool PeopleJoinedByAnd(int from, int end)
    {
        var joined = false;
        for (var i = from; i < end;)
        {
            if (_context.MentionAt(i) is { IsPerson: true } person && person.FirstToken == i)
                i = person.EndToken;
            else if (_context.IsWord(i, "and") && i > from)
            {
                joined = true;
                i++;
            }
            else
                return false;
        }
        return joined;
    }

    private static readonly WordSet PartnerMarkers = ["with", "to"];

    // "the head of …", "commander of …": a title, perhaps after "the", opens [from, end).
    private bool OfficeFollows(int from, int end)
    {
        var i = _context.IsWord(from, "the") ? from + 1 : from;
        return i < end && Officials.TitleFinder.At(_context, i, end) is not null;
    }

    // "The Elders Forum (AEF), an umbrella body, said": the acronym in brackets belongs to the name before the comma.
    private int AfterBracketedAcronym(int i, int limit) =>
        i + 2 < limit && _context.Tokens[i].Is('(') && _context.Tokens[i + 2].Is(')') ? i + 3 : i;
}

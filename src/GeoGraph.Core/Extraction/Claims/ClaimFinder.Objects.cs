using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// What follows a verb of saying, and what comes before it: naming with a noun or bare complement ("called it the
/// worst attack", "called the accusations unfounded"), figures put at a number, denied reports, agentless passives
/// with an adverb, clauses whose own verb takes "that", and short quoted names inside a subject.
/// </summary>
internal sealed partial class ClaimFinder
{
    private static readonly WordSet PassiveAuxiliaries = ["is", "are", "was", "were", "been", "be"];

    // "fighters were also said to have seized the town", "he is widely reported to have fled": a passive with an
    // adverb between the auxiliary and the verb has no speaker either.
    private bool AgentlessPassive(int verb) =>
        _context.IsAnyWord(verb - 2, PassiveAuxiliaries) && _context.Tokens[verb - 1] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } adverb
        && (adverb.Key is "also" or "later" or "earlier" or "initially" or "previously" or "since" || adverb.Key.EndsWith("ly", StringComparison.Ordinal));

    // "denied reports that …", "rejected claims that …": what is denied is the report, named as the object.
    private bool DeniedReport(Sentence s, int verb) =>
        verb > s.FirstToken && _context.Tokens[verb].Key is "reports" or "claims" && _context.Tokens[verb - 1].IsWordLike && IsDenial(_context.Tokens[verb - 1].Key);

    // The opening mark of a quote of a few words that closes at <paramref name="close"/>, or -1.
    private int ShortQuoteOpening(Sentence s, int close)
    {
        for (var j = close - 1; j >= s.FirstToken && j >= close - 8; j--)
        {
            if (_context.Tokens[j].Is('"'))
                return j < close - 1 && j > s.FirstToken + 1 && _context.Tokens[close - 1].IsWordLike
                       && (_context.Tokens[j - 1].IsWordLike || _context.Tokens[j - 1].Is(',')) && InsideQuote(s, j + 1) ? j : -1;
            if (_context.Tokens[j].Is('.') || _context.Tokens[j].Is(';'))
                return -1;
        }
        return -1;
    }

    // "called it the worst attack in a decade", "calls the agreement an act of aggression": an object, then the noun
    // phrase that names it.
    private bool NounComplementFollows(int from, int end)
    {
        // "called it shocking and truly senseless": a bare word after the pronoun names it too.
        if (_context.IsAnyWord(from, ObjectPronouns))
            return from + 1 < end && (_context.IsWord(from + 1, "a") || _context.IsWord(from + 1, "an") || _context.IsWord(from + 1, "the") || BareComplement(from + 1, end));
        if (!_context.IsWord(from, "the") && !_context.IsAnyWord(from, Possessives))
            return HeadlineNaming(from, end);
        for (var i = from + 1; i < end && i <= from + 4; i++)
        {
            var t = _context.Tokens[i];
            if (t.Key is "a" or "an" && t.IsWordLike)
                return i > from + 1;
            // "called the police the next day": a second determiner opens an adjunct, not a complement.
            if (_context.IsAnyWord(i, Words.Determiners))
                return false;
            // "called the accusations unfounded", "called the foreign officers invaders": one last word closes the clause.
            if (i > from + 1 && BareComplement(i, end))
                return true;
            var demonym = _context.MentionAt(i) is { Form: Mentions.MentionForm.Demonym };
            if (t.Kind != Tokens.TokenKind.Word || t.Case != Tokens.TokenCase.Lower && !demonym || _context.IsAnyWord(i, Words.ClauseOpeners) || Words.Prepositions.Contains(t, _context.Gazetteer.Words))
                return false;
        }
        return false;
    }

    // "KDF calls raid an 'invasion'", "Minister calls Gulu gunfight a \"fake encounter\"": a headline drops the article of
    // the object; the name given in quotation marks after "a" or "an" shows the naming.
    private bool HeadlineNaming(int from, int end)
    {
        for (var i = from; i < end && i <= from + 3; i++)
        {
            var t = _context.Tokens[i];
            if (t.Key is "a" or "an" && t.IsWordLike)
                return i > from && i + 1 < end && (_context.Tokens[i + 1].Is('"') || _context.Tokens[i + 1].Is('\''));
            if (t.Kind != Tokens.TokenKind.Word || _context.IsAnyWord(i, Words.Determiners) || Words.Prepositions.Contains(t, _context.Gazetteer.Words)
                || _context.IsAnyWord(i, Words.ClauseOpeners))
                return false;
        }
        return false;
    }

    private static readonly WordSet Particles = ["off", "up", "back", "out", "in", "on", "over", "away", "down", "together"];

    // A lower-case word that ends the clause (before a full stop, a comma, a semicolon or "and").
    private bool BareComplement(int i, int end)
    {
        var t = _context.Tokens[i];
        // "called the police chief": a person noun ends the object itself.
        if (t.Kind != Tokens.TokenKind.Word || t.Case != Tokens.TokenCase.Lower || _context.MentionAt(i) is not null || Particles.Contains(t, _context.Gazetteer.Words)
            || Words.Prepositions.Contains(t, _context.Gazetteer.Words) || Words.PersonNouns.Contains(t, _context.Gazetteer.Words) || _context.IsAnyWord(i, Words.Determiners))
            return false;
        var next = i + 1;
        // "called the attacks cowardly on Sunday": a date may close the clause too.
        if (_context.IsWord(next, "on") && _context.IsAnyWord(next + 1, Words.DateWords))
            next += 2;
        return next >= end || _context.Tokens[next].Is('.') || _context.Tokens[next].Is(',') || _context.Tokens[next].Is(';') || _context.IsWord(next, "and");
    }

    private static readonly WordSet Approximations = ["around", "about", "some", "nearly", "almost", "least", "over"];

    private static readonly WordSet ObjectPronouns = ["it", "them", "this", "him", "her"];

    private static readonly WordSet AdjunctPrepositions =
    [
        "after", "before", "during", "following", "in", "on", "while", "when", "from", "outside", "inside", "near",
    ];

    private bool ClauseVerb(int i)
    {
        var t = _context.Tokens[i];
        return t is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } && _context.MentionAt(i) is null && !IsSpeechVerb(i)
               && (IsPastTense(t) || t.Key is "shows" or "means" or "proves");
    }

    private static readonly WordSet SubjectPronouns = ["it", "he", "she", "they", "we", "i"];

    // "Somalia regards Somaliland, which broke away in 1991, as part of its territory", "condemned the memorandum as
    // unlawful": verbs that name their object only with "as".
    private static readonly WordSet AsNamingVerbs =
    [
        "regards", "regarded", "regard", "condemned", "condemns", "condemn", "identified", "identifies", "gave", "gives", "named", "names",
    ];

    // "Kenya condemned the attack on Lokichoggio", "condemned Uganda's incursion": a condemnation in the past or present
    // tense with its object is a statement; "was condemned by", "condemned to death" and "condemned prisoners" are not.
    private bool CondemnsAnObject(int verb)
    {
        if (_context.Tokens[verb].Key is not ("condemned" or "condemns") || verb == 0 || _context.IsAnyWord(verb - 1, PassiveAuxiliaries)
            || _context.Tokens[verb - 1] is { IsWordLike: true } before && (before.Key is "the" or "a" or "an" || _context.IsAnyWord(verb - 1, Words.Prepositions)))
            return false;
        var next = verb + 1;
        while (next < _context.Tokens.Count && _context.IsAnyWord(next, Condemnation))
            next++;
        // "condemned in the strongest terms the attack".
        if (_context.IsWord(next, "in") && _context.IsWord(next + 1, "the") && _context.IsWord(next + 2, "strongest") && _context.IsWord(next + 3, "terms"))
            next += _context.Tokens.Count > next + 4 && _context.Tokens[next + 4].Is(',') ? 5 : 4;
        // "condemned the commander to death": a sentence passed, not a statement.
        for (var i = next; i < _context.Tokens.Count && i < next + 10 && !_context.Tokens[i].Is('.'); i++)
        {
            if (_context.IsWord(i, "to") && (_context.IsWord(i + 1, "death") || _context.IsWord(i + 1, "life") || _context.Tokens.Count > i + 1 && _context.Tokens[i + 1].Kind == Tokens.TokenKind.Number))
                return false;
        }
        return next < _context.Tokens.Count
               && (_context.IsAnyWord(next, CondemnedObjectOpeners) || _context.IsAnyWord(next, Words.Weekdays)
                   || _context.MentionAt(next) is { Entity.IsActor: true } m && m.FirstToken == next);
    }

    private static readonly WordSet Condemnation = ["strongly", "firmly", "unequivocally", "also", "swiftly", "bitterly", "roundly"];

    // Not "what": "condemned what he called a terrorist attack" is read by WhatCalled.
    private static readonly WordSet CondemnedObjectOpeners = ["the", "this", "these", "its", "their", "his", "her", "an", "a", "any", "all", "such"];

    // Whether "as" follows the verb at <paramref name="verb"/> in its sentence, past an object and its relative clause.
    private bool AsAfter(int verb)
    {
        for (var i = verb + 1; i < _context.Tokens.Count && i <= verb + 25; i++)
        {
            var t = _context.Tokens[i];
            if (t.Is('.') || t.Is(';') || t.Is(':') || t.IsWordLike && IsSpeechVerb(i) && !_context.IsAnyWord(i, AsNamingVerbs))
                return false;
            if (_context.IsWord(i, "as"))
                return i > verb + 1;
        }
        return false;
    }
}

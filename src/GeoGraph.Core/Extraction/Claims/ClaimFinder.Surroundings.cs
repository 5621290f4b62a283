using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// What stands around a reported statement and decides where it starts, ends and whose it is: a scene-setting opener,
/// an appeal, a trailing ", X said", an "according to" source that goes on in a relative clause, and the verbs whose
/// object is the statement (a denial, a reaffirmation, a threat that names whom it threatens).
/// </summary>
internal sealed partial class ClaimFinder
{
    // "reaffirmed its support for Kenya", "reiterated their commitment to the truce": what is reaffirmed is the statement.
    private bool Reaffirms(string verb, int start, int end) =>
        verb is "reaffirmed" or "reaffirms" or "reiterated" or "reiterates" && !AfterThat(start) && start + 1 < end && _context.IsAnyWord(start, PossessivePronouns);

    private bool StatedByObject(int verb, int from)
    {
        var key = _context.Tokens[verb].Key;
        // "described it as a raid and said that …": what a naming verb names with "as" is a statement of its own too.
        return IsAccusation(key) || IsDenialAt(verb) || key is "condemned" or "condemns" || Reaffirms(key, from, from + 2)
               || IsNaming(key) && ShortObjectThenAs(verb);
    }

    // "described it as", "identified the dead commander as": a short object and "as" right after the verb.
    private bool ShortObjectThenAs(int verb)
    {
        for (var i = verb + 2; i <= verb + 6 && i < _context.Tokens.Count; i++)
        {
            if (_context.IsWord(i, "as"))
                return true;
            if (!_context.Tokens[i].IsWordLike && !_context.Tokens[i].Is('\''))
                return false;
        }
        return false;
    }

    // "threatened Kenya with reprisals", "warned Uganda against sending troops": the threat names whom it threatens.
    private bool ThreatensSomeone(string verb, int start, int end)
    {
        if (verb is not ("threatened" or "threatens" or "warned" or "warns") || AfterThat(start))
            return false;
        var first = _context.IsWord(start, "the") ? start + 1 : start;
        return _context.MentionAt(first) is { Entity.IsActor: true } m && m.FirstToken == first && m.EndToken < end
               && _context.Tokens[m.EndToken].Key is "with" or "against" or "of";
    }

    // "denied", "rejected", "ruled out": a verb of saying that denies what follows it.
    private bool IsDenialAt(int verb) =>
        IsDenial(_context.Tokens[verb].Key) || _context.Tokens[verb].Key is "ruled" or "rules" && _context.IsWord(verb + 1, "out");

    // Whether the sentence ends ", X said (on Monday)." with X a speaker who is not an outlet (an outlet only carried it).
    private bool TrailingSaid(Sentence s, int from)
    {
        var end = _context.Tokens[s.EndToken - 1].Is('.') ? s.EndToken - 1 : s.EndToken;
        for (var verb = end - 1; verb > from + 1 && verb >= end - 6; verb--)
        {
            if (!_context.IsAnyWord(verb, PlainSayingVerbs))
                continue;
            // Only a time or a channel may follow the verb: "said on Monday", "said in a statement".
            if (!TimeOrChannelOnly(verb + 1, end, withDeterminers: true))
                return false;
            for (var comma = verb - 1; comma > from && comma >= verb - 8; comma--)
            {
                // "…, Pakistan's foreign ministry said": a possessive is part of the speaker's name.
                if (!_context.Tokens[comma].IsWordLike && !_context.Tokens[comma].Is('-') && !(_context.Tokens[comma].Is('\'') && _context.IsWord(comma + 1, "s")))
                    return _context.Tokens[comma].Is(',') && comma + 1 < verb && Names(comma + 1, verb)
                           && _context.MentionAt(_context.IsWord(comma + 1, "the") ? comma + 2 : comma + 1) is not { Entity.IsOutlet: true };
            }
            return false;
        }
        return false;
    }

    // Whether tokens [from, end) after a verb of saying are only a time or a channel: "late on Friday", and with
    // <paramref name="withDeterminers"/> "in a statement".
    private bool TimeOrChannelOnly(int from, int end, bool withDeterminers)
    {
        for (var k = from; k < end; k++)
        {
            if (!_context.Tokens[k].IsWordLike || !_context.IsAnyWord(k, AdjunctWords) && !_context.IsAnyWord(k, AdjunctOpeners)
                && !(withDeterminers && _context.IsAnyWord(k, Words.Determiners)) && _context.Tokens[k].Kind != TokenKind.Number)
                return false;
        }
        return true;
    }

    // "urged residents to report", "appealed for calm": a verb of appeal, whose object is no statement.
    private static bool IsAppeal(string verbKey) => verbKey is "urged" or "urges" or "asked" or "asks" or "appealed" or "appeals";

    // "urged residents to stay indoors": "to" and a verb soon after the verb of appeal.
    private bool InfinitiveAfter(int from, int end)
    {
        for (var i = from; i < end - 1 && i < from + 8; i++)
        {
            if (_context.IsWord(i, "to") && _context.Tokens[i + 1] is { Kind: TokenKind.Word, Case: TokenCase.Lower } && _context.MentionAt(i + 1) is null)
                return true;
        }
        return false;
    }

    // "…, according to police sources, who said …": the source of an attribution that ends right before the relative.
    private Speaker? AttributedUpTo(int comma)
    {
        for (var c = _claims.Count - 1; c >= 0 && c >= _claims.Count - 3; c--)
        {
            if (_claims[c].Attribution.End == comma && _claims[c].Form == ClaimForm.AccordingTo)
                return _claims[c].Speaker;
        }
        return null;
    }

    // "Speaking to reporters in Nairobi, X said", "After meeting his generals, X said": a participle or a preposition
    // opens the sentence, and no verb of its own makes the stretch before the subject a statement.
    private bool IntroducedByAdjunct(Sentence s, int subjectStart)
    {
        if (subjectStart <= s.FirstToken || !_context.Tokens[subjectStart - 1].Is(','))
            return false;
        var first = StartAfterUsed(s, subjectStart - 2);
        var opener = _context.Tokens[first];
        if (!opener.IsCapitalised || _context.MentionAt(first) is not null
            || !(_context.IsAnyWord(first, AdjunctPrepositions) || opener.Key.Length > 5 && opener.Key.EndsWith("ing", StringComparison.Ordinal)))
            return false;
        for (var i = first + 1; i < subjectStart - 1; i++)
        {
            var t = _context.Tokens[i];
            if (t.Is(',') || t.IsWordLike && t.Case == Tokens.TokenCase.Lower && _context.MentionAt(i) is null && (IsFiniteVerb(t.Key) || IsPastTense(t)))
                return false;
        }
        return true;
    }

    // A statement made by its object reads from its subject, or from its verb when a statement inside the subject's
    // relative clause was read already ("The Houthis, who say they act for Gaza, claimed a drone attack on Eilat").
    private int ObjectStatementFirst(int subjectStart, int verb)
    {
        for (var i = subjectStart; i < verb; i++)
        {
            if (_used[i])
                return verb;
        }
        // "… and called the attack an act of aggression": the joiner opens no statement.
        return subjectStart < verb && IsJoiner(subjectStart) ? subjectStart + 1 : subjectStart;
    }
}

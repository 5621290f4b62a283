using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// "celebrated what it called a heroic victory", "to stop what it described as open aggression": a free relative of
/// naming in the writer's narrative states the speaker's label for something; the label is the claim.
/// </summary>
internal sealed partial class ClaimFinder
{
    private static readonly WordSet WhatNamingVerbs = ["called", "calls", "termed", "terms", "dubbed", "dubs", "branded", "brands", "labelled", "labeled"];

    private static readonly WordSet WhatAsVerbs = ["described", "describes", "characterised", "characterized", "portrayed"];

    private void WhatCalled(Sentence s)
    {
        for (var k = s.FirstToken; k + 3 < s.EndToken; k++)
        {
            if (_used[k] || !_context.IsWord(k, "what") || _context.Tokens[k].Case != TokenCase.Lower || InsideQuote(s, k))
                continue;
            var verb = _context.MentionAt(k + 1) is { Entity.IsActor: true } named ? named.EndToken : _context.IsAnyWord(k + 1, Pronouns) ? k + 2 : -1;
            if (verb < 0 || verb >= s.EndToken)
                continue;
            var start = _context.IsAnyWord(verb, WhatNamingVerbs) ? verb + 1
                : _context.IsAnyWord(verb, WhatAsVerbs) && _context.IsWord(verb + 1, "as") ? verb + 2 : -1;
            if (start < 0 || start >= s.EndToken)
                continue;
            var speaker = _context.MentionAt(k + 1) is { Entity: { } e } ? new Speaker(e, null, e.Kind == EntityKind.Official)
                : RelativeClauseAntecedent(s, k) is { } antecedent ? new Speaker(antecedent, null, antecedent.Kind == EntityKind.Official)
                : MainSubject(s.FirstToken, k);
            if (speaker is null)
                continue;
            var end = LabelEnd(s, start);
            // "condemned what it called LRA terrorism": a label of two words reads with its "what it called".
            Add(new ClaimDraft(start, end, ClaimForm.ReportedSpeech, speaker) { Attribution = (k, start), TextFirst = WordCount(start, end) < 3 ? k : -1 });
        }
    }

    // "X, a loose alliance that has claimed attacks in what it calls retaliation": inside a relative clause the pronoun
    // is the one the clause hangs on, not the sentence's subject.
    private Mentions.EntityDraft? RelativeClauseAntecedent(Sentence s, int what)
    {
        for (var i = what - 1; i > s.FirstToken; i--)
        {
            if (_context.Tokens[i].Is(';') || _context.Tokens[i].Is('"'))
                return null;
            if (!_context.IsWord(i, "that") && !_context.IsWord(i, "which") && !_context.IsWord(i, "who"))
                continue;
            for (var j = i - 1; j >= s.FirstToken && j >= i - 8; j--)
            {
                if (_context.MentionAt(j) is { Entity: { IsActor: true } e, Form: not (Mentions.MentionForm.Unnamed or Mentions.MentionForm.Demonym) })
                    return e;
            }
            return null;
        }
        return null;
    }

    // The label runs to the next comma, semicolon or bracket (a quoted label may hold commas), at most a dozen words on.
    private int LabelEnd(Sentence s, int start)
    {
        var quoted = false;
        for (var i = start; i < s.EndToken; i++)
        {
            var t = _context.Tokens[i];
            if (t.Is('"'))
                quoted = !quoted;
            else if (!quoted && (t.Is(',') || t.Is(';') || t.Is('(') || t.Is(':') || i - start >= 14))
                return i;
        }
        return s.EndToken;
    }
}

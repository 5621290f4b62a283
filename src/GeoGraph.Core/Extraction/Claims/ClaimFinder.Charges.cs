using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// "Kenya accused Uganda of arming the rebels, a charge Kampala denied" (or "…, which Kampala denies"): a charge set
/// after a statement with the one who denies it is a denial of its own, by the accused, apart from the accusation.
/// </summary>
internal sealed partial class ClaimFinder
{
    private static readonly WordSet ChargeNouns = ["charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim", "claims"];

    private static readonly WordSet DenialAdverbs =
    [
        "has", "have", "had", "repeatedly", "strongly", "firmly", "quickly", "always", "flatly", "promptly", "vehemently", "consistently", "also",
    ];

    private void Charges(Sentence s)
    {
        for (var k = s.FirstToken + 1; k < s.EndToken; k++)
        {
            if (!(_context.Tokens[k - 1].Is(',') || _context.Tokens[k - 1].Is('-')) || _used[k] || ChargeDenied(k, s.EndToken) is not var (denier, verb))
                continue;
            Add(new ClaimDraft(k, NextComma(verb + 1, s.EndToken), ClaimForm.ReportedSpeech, new Speaker(denier, null, denier.Kind == EntityKind.Official))
            {
                Attribution = (verb, verb + 1),
                DeniedByVerb = true,
                Verb = verb,
            });
        }
    }

    // At token i, "a charge (that) X (has repeatedly) denied": the one who denies it and where the verb is.
    private (EntityDraft Denier, int Verb)? ChargeDenied(int i, int end)
    {
        // "…, which Tehran denies.": the relative stands for the charge, and the denial ends the clause.
        var relative = _context.IsWord(i, "which");
        if (_context.IsWord(i, "a") || _context.IsWord(i, "an"))
            i++;
        if (!relative && !_context.IsAnyWord(i, ChargeNouns))
            return null;
        i++;
        if (_context.IsWord(i, "that") || _context.IsWord(i, "which"))
            i++;
        if (_context.IsWord(i, "the"))
            i++;
        if (i >= end || _context.MentionAt(i) is not { Entity: { IsActor: true } denier, Form: not (MentionForm.Unnamed or MentionForm.Demonym) } m || m.FirstToken != i)
            return null;
        var verb = m.EndToken;
        // "a charge Pyongyang and Moscow deny": the first of two deniers speaks for both.
        if (_context.IsWord(verb, "and") && _context.MentionAt(verb + 1) is { Entity.IsActor: true } second && second.FirstToken == verb + 1)
            verb = second.EndToken;
        var afterDeniers = verb;
        while (verb < end && verb < afterDeniers + 2 && _context.IsAnyWord(verb, DenialAdverbs))
            verb++;
        if (relative && verb + 1 < end && _context.Tokens[verb + 1].IsWordLike)
            return null;
        return verb < end && _context.Tokens[verb].IsWordLike && IsDenial(_context.Tokens[verb].Key) ? (denier, verb) : null;
    }
}

using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// "Kenya accused Uganda of arming the rebels, a charge Kampala denied" (or "…, which Kampala denies"): a charge set
/// after a statement with the one who denies it is a denial of its own, by the accused, apart from the accusation.
/// So is a relative clause that names what the clause before it tells ("…, which Caracas denounced as a provocation").
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
            if (!(_context.Tokens[k - 1].Is(',') || _context.Tokens[k - 1].Is('-')) || _used[k])
                continue;
            if (RelativeNaming(k, s.EndToken) is var (namer, namingVerb, named))
            {
                Add(new ClaimDraft(named, NextComma(named, s.EndToken), ClaimForm.ReportedSpeech, new Speaker(namer, null, namer.Kind == EntityKind.Official))
                {
                    Attribution = (k, named),
                    Verb = namingVerb,
                    // "denounced as a provocation": the verb keeps a two-word name a statement.
                    TextFirst = namingVerb,
                    // "…, which Kenya condemned as a war crime": the condemnation blames who did what the clause tells.
                    Accused = _context.Tokens[namingVerb].Key is "condemned" or "condemns" or "denounced" or "denounces" or "decried" or "decries"
                        ? FirstActorOfClause(s, k - 1, namer) : null,
                });
                continue;
            }
            if (ChargeDenied(k, s.EndToken) is not var (denier, verb))
                continue;
            Add(new ClaimDraft(k, NextComma(verb + 1, s.EndToken), ClaimForm.ReportedSpeech, new Speaker(denier, null, denier.Kind == EntityKind.Official))
            {
                Attribution = (verb, verb + 1),
                DeniedByVerb = true,
                Verb = verb,
            });
        }
    }

    private static readonly WordSet RelativeNamingVerbs =
    [
        "condemned", "condemns", "denounced", "denounces", "decried", "decries", "described", "describes", "called", "calls", "branded",
        "brands", "labelled", "labeled", "labels",
    ];

    // At token i, "which Caracas denounced as a provocation", "which Kenya called an act of war": who names what the
    // clause before tells, the verb, and where the name given starts.
    private (EntityDraft Namer, int Verb, int Named)? RelativeNaming(int i, int end)
    {
        if (!_context.IsWord(i, "which") || _context.MentionAt(i + 1) is not { Entity: { IsActor: true } namer, Form: not (MentionForm.Unnamed or MentionForm.Demonym) } m
            || m.FirstToken != i + 1)
            return null;
        var verb = m.EndToken;
        if (_context.IsAnyWord(verb, DenialAdverbs))
            verb++;
        if (verb >= end || !_context.IsAnyWord(verb, RelativeNamingVerbs))
            return null;
        var named = _context.IsWord(verb + 1, "as") ? verb + 2 : verb + 1;
        return named < end && _context.Tokens[named].IsWordLike ? (namer, verb, named) : null;
    }

    // The first actor of the clause that ends at <paramref name="comma"/> (after its verb of saying, if any), other than
    // <paramref name="except"/>: who did what a relative clause after it names.
    private EntityDraft? FirstActorOfClause(Sentence s, int comma, EntityDraft except)
    {
        var first = s.FirstToken;
        for (var i = comma - 1; i > s.FirstToken; i--)
        {
            if (_context.Tokens[i].IsWordLike && IsSpeechVerb(i))
            {
                first = i + 1;
                break;
            }
        }
        for (var i = first; i < comma; i++)
        {
            if (_context.MentionAt(i) is { Entity: { IsActor: true } e } m && e != except && m.Form != MentionForm.Unnamed)
                return e;
        }
        return null;
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

using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// Who does what when the sentence is not "SUBJECT cue OBJECT": the passive voice, a relative clause, a noun
// with its doer after "by", a denial whose complement has no subject of its own.
internal static partial class RelationFinder
{
    // "were armed", "will not be allowed": a participle after a form of "be" (perhaps with an adverb between).
    private static bool InPassiveVoice(ArticleContext context, int verb)
    {
        var key = context.Tokens[verb].Key;
        if (!(key.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(key)))
            return false;
        var i = verb - 1;
        if (i >= 0 && context.Tokens[i].IsWordLike && context.Tokens[i].Key.EndsWith("ly", StringComparison.Ordinal))
            i--;
        return context.IsAnyWord(i, BeForms);
    }

    private static readonly WordSet FighterNouns = ["terrorists", "militants", "insurgents", "rebels", "fighters", "attackers", "gunmen", "jihadists", "assailants"];

    // "All 33 terrorists at the site were killed by …": fighters not named, counted before a passive, are the group named
    // last before them.
    private static EntityDraft? FightersBefore(ArticleContext context, ClaimDraft claim, int cue, List<EntityDraft> doers)
    {
        var i = cue - 1;
        while (i > claim.FirstToken && cue - i <= 8 && !context.IsAnyWord(i, FighterNouns))
        {
            if (context.MentionAt(i) is not null || context.Tokens[i].Is(','))
                return null;
            i--;
        }
        return context.IsAnyWord(i, FighterNouns) && context.MentionAt(i) is null ? Antecedent(context, i, doers) : null;
    }

    private static readonly WordSet BeForms = ["is", "are", "was", "were", "be", "been", "being"];

    private static readonly WordSet IrregularParticiples =
    [
        "struck", "hit", "held", "fought", "shot", "known", "overrun", "beaten", "taken", "driven", "caught", "won",
    ];

    // "did not attack", "to support", "will threaten": where a base form is a verb and not a noun.
    private static bool AfterAuxiliary(ArticleContext context, int verb)
    {
        var i = verb - 1;
        if (context.IsWord(i, "never") || context.IsWord(i, "also") || context.IsWord(i, "not"))
            i--;
        return context.IsAnyWord(i, Auxiliaries) || Negation.IsNegation(context, verb - 1);
    }

    private static readonly WordSet PluralSubjects =
    [
        "they", "we", "i", "you", "rebels", "insurgents", "militants", "fighters", "troops", "soldiers", "forces", "officials",
        "prosecutors", "authorities", "police", "leaders", "commanders", "residents", "critics", "activists", "governments",
    ];

    // "prosecutors accuse X of", "they attack convoys": a base form right after a plural subject is a present-tense verb.
    private static bool AfterPluralSubject(ArticleContext context, int verb)
    {
        var i = verb - 1;
        if (context.IsWord(i, "also") || context.IsWord(i, "still") || context.IsWord(i, "now") || context.IsWord(i, "regularly"))
            i--;
        return i >= 0 && context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower or TokenCase.Capitalised } t
               && PluralSubjects.Contains(t, context.Gazetteer.Words) && (t.Case == TokenCase.Lower || t.Key is "they" or "we" or "i" or "you");
    }

    private static readonly WordSet Auxiliaries =
    [
        "to", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "cannot", "t",
    ];

    // "denied any contact with", "did not attack": a negation that governs the cue at token k.
    private static bool DeniedAt(ArticleContext context, ClaimDraft claim, int k) =>
        claim.DeniedByVerb || Negation.Before(context, claim.FirstToken, k)
        || claim.Negated && Negation.InClauseBefore(context, claim.FirstToken, k);

    // "Rwanda denies sending troops to fight alongside the M23": a denial's complement without a subject of
    // its own is about the one who denies; a "that" clause names its own subject.
    private static EntityDraft? DenierOf(ArticleContext context, ClaimDraft claim) =>
        claim.DeniedByVerb && !context.IsWord(claim.FirstToken - 1, "that") ? SpeakerSide(claim) : null;

    // "the Houthis, which are backed by Iran", "al-Shabaab, which is linked to al-Qaeda": the actor a relative
    // clause hangs on is the clause's subject (the passive's object); a passive needs its form of "be".
    private static EntityDraft? RelativeAntecedent(ArticleContext context, ClaimDraft claim, int cue, bool afterBe)
    {
        var i = cue - 1;
        while (i > claim.FirstToken && context.Tokens[i].IsWordLike
               && (BeForms.Contains(context.Tokens[i], context.Gazetteer.Words) || context.Tokens[i].Key is "has" or "have" or "had"
                   || context.Tokens[i].Key.EndsWith("ly", StringComparison.Ordinal)))
            i--;
        if (afterBe && i == cue - 1 || !context.IsWord(i, "which") && !context.IsWord(i, "who") && !context.IsWord(i, "that"))
            return null;
        i--;
        // 'LRA fighters, "who operate from …"': a quotation mark may open the clause.
        if (i >= claim.FirstToken && context.Tokens[i].Is('"'))
            i--;
        if (i >= claim.FirstToken && context.Tokens[i].Is(','))
            i--;
        // "LRA fighters, who …": the members stand for the group named before them.
        // "Indonesian militants, who …" are from a country, not its state's.
        var members = i > claim.FirstToken && context.MentionAt(i) is null && context.IsAnyWord(i, MemberNouns);
        if (members)
            i--;
        return i >= claim.FirstToken && context.MentionAt(i) is { Entity: { IsActor: true } e } m && m.Form != MentionForm.Unnamed
               && !(members && m.Form == MentionForm.Demonym) ? e : null;
    }

    private static readonly WordSet Articles = ["the", "a", "an", "its", "their", "his", "her", "our"];

    // "struck Hezbollah targets", "the ISIS attacks": a word like a verb right after an actor that is itself an
    // object (after a cue, a preposition or a determiner) is a plural noun.
    private static bool NounAfterObject(ArticleContext context, int k)
    {
        // "struck Kurdistan Workers' Party (PKK) targets": an acronym in brackets after the name is part of it.
        var last = k - 1;
        if (last > 2 && context.Tokens[last].Is(')') && context.MentionAt(last - 1) is { } acronym && context.Tokens[acronym.FirstToken - 1].Is('('))
            last = acronym.FirstToken - 2;
        if (!context.Tokens[k].Key.EndsWith('s') || context.MentionAt(last) is not { } m || m.EndToken != last + 1 || m.FirstToken == 0)
            return false;
        var before = m.FirstToken - 1;
        // "the province, which the group controls": an actor after a relative pronoun is the clause's subject.
        if (context.IsAnyWord(before, Articles) && (context.IsWord(before - 1, "which") || context.IsWord(before - 1, "that")))
            return false;
        // "said the group holds …": an actor opening a reported clause is its subject.
        if (context.IsWord(before, "the") && (before == 0 || !context.Tokens[before - 1].IsWordLike || context.HasCue(before - 1, CueKind.Speech)))
            return false;
        // Not "that", which as often opens a clause ("said that Iran arms the Houthis").
        return context.HasCue(before, CueKind.Relation) || context.IsAnyWord(before, Articles) || context.IsAnyWord(before, Words.Prepositions)
               || context.CueAt(before - 1) is { } cue && cue.End == m.FirstToken && cue.Values.Any(v => v.Kind == CueKind.Relation);
    }

    // Where the target of a noun of attack is named: "on", "against", "targeting" in the same clause, or -1.
    private static int TargetMarker(ArticleContext context, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            var t = context.Tokens[i];
            if (t.Is(';') || t.Is('.') || t.IsWordLike && Words.ClauseOpeners.Contains(t, context.Gazetteer.Words))
                return -1;
            if (t.IsWordLike && t.Key is "on" or "against" or "targeting" && context.MentionAt(i) is null)
                return i;
        }
        return -1;
    }

    private static readonly WordSet HarmVerbs = ["killed", "wounded", "injured", "died", "hurt", "slain", "destroyed", "damaged"];

    // "the killing of": a one-word -ing cue after "the" and before "of" names an act, not a verb with its subject before it.
    private static bool IsNominalAct(ArticleContext context, int cue, int cueEnd) =>
        cueEnd - cue == 1 && context.IsWord(cue - 1, "the") && context.IsWord(cueEnd, "of")
        && context.Tokens[cue].Key.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// "vowed to avenge the killing of its commander by Israel": the doer named after "by" attacked the one named after
    /// "of" (<paramref name="target"/> is the token after it; "its" and "their" stand for the claim's first actor or the
    /// speaker's side). Whether a "by" follows; with none, no one is said to have done it.
    /// </summary>
    private static bool NominalActBy(ArticleContext context, ClaimDraft claim, int target, bool denied)
    {
        var by = -1;
        for (var i = target; i < claim.EndToken && i < target + 9 && by < 0; i++)
        {
            if (context.Tokens[i].Is(',') || context.Tokens[i].Is(';'))
                return false;
            by = context.IsWord(i, "by") ? i : -1;
        }
        if (by < 0)
            return false;
        var doers = Objects(context, by + 1, claim.EndToken, RelationType.Attacks, actorsOnly: true);
        var targets = Objects(context, target, by, RelationType.Attacks, actorsOnly: true);
        if (targets.Count == 0 && (context.IsWord(target, "its") || context.IsWord(target, "their"))
            && (FirstActorBetween(context, claim.FirstToken, target - 1, null) ?? SpeakerSide(claim)) is { } owner)
            targets.Add(owner);
        foreach (var doer in doers)
        {
            foreach (var attacked in targets)
            {
                if (attacked != doer)
                    AddRelation(claim, doer, RelationType.Attacks, attacked, denied);
            }
        }
        return true;
    }

    // The passive verb of harm in "was killed in an attack by", "died in a strike by": -1 when there is none.
    private static int HarmedIn(ArticleContext context, ClaimDraft claim, int cue)
    {
        var i = cue - 1;
        while (i > claim.FirstToken && cue - i <= 3 && !context.IsWord(i, "in")
               && (context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } || context.MentionAt(i) is { Entity.IsActor: true, Form: not MentionForm.Unnamed }))
            i--;
        if (!context.IsWord(i, "in"))
            return -1;
        // "were killed on Tuesday in an attack": a time between the verb and the act.
        var verb = i - 1;
        while (verb > claim.FirstToken && i - verb <= 4 && !context.IsAnyWord(verb, HarmVerbs) && context.MentionAt(verb) is null
               && (context.IsAnyWord(verb, Words.DateWords) || context.Tokens[verb] is { Kind: TokenKind.Word or TokenKind.Number, Case: TokenCase.Lower }))
            verb--;
        if (!context.IsAnyWord(verb, HarmVerbs))
            return -1;
        return context.IsWord(verb, "died") || InPassiveVoice(context, verb) ? verb : -1;
    }

    // "had killed 30 LRA fighters in airstrikes on their camps": an act after "in" or "with" that is the means of an active
    // killing already read; its "their" is the victims' and its doer the killer, so it asserts nothing more.
    private static bool MeansOfHarmDone(ArticleContext context, ClaimDraft claim, int cue)
    {
        var i = cue - 1;
        while (i > claim.FirstToken && cue - i <= 3 && !context.IsWord(i, "in") && !context.IsWord(i, "with")
               && (context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } || context.MentionAt(i) is { Entity.IsActor: true }))
            i--;
        if (!context.IsWord(i, "in") && !context.IsWord(i, "with"))
            return false;
        for (var verb = i - 1; verb > claim.FirstToken && i - verb <= 8 && context.Tokens[verb].IsWordLike; verb--)
        {
            if (context.IsAnyWord(verb, HarmVerbs) && context.MentionAt(verb) is null)
                return !InPassiveVoice(context, verb) && claim.Relations.Exists(r => r.Type == RelationType.Attacks);
        }
        return false;
    }

    private static bool RespondsTo(ArticleContext context, int first, int cue)
    {
        for (var i = cue - 1; i >= first && i >= cue - 5; i--)
        {
            if (context.IsAnyWord(i, Responses))
                return true;
        }
        return false;
    }

    private static readonly WordSet Responses =
    [
        "respond", "responds", "responded", "responding", "response", "retaliate", "retaliated", "retaliation", "reply",
        "repelled", "repulsed", "repel", "foiled", "thwarted", "fended", "fought",
    ];

    // "an attack by al-Shabaab on ATMIS": the doers after "by", the targets after "on" or "against" in the same
    // clause; "the base came under attack by ISWAP": the target is the clause's subject.
    private static void Agent(ArticleContext context, ClaimDraft claim, int cue, int cueEnd, RelationType relation, bool denied)
    {
        var doers = Objects(context, cueEnd, claim.EndToken, relation, actorsOnly: true);
        if (doers.Count == 0)
            return;
        var marker = TargetMarker(context, cueEnd, claim.EndToken);
        var targets = marker >= 0 ? Objects(context, marker + 1, claim.EndToken, relation, actorsOnly: true) : [];
        if (targets.Count == 0 && context.IsWord(cue - 1, "under") && Subject(context, claim, cue - 1, relation, doers) is { } target)
            targets.Add(target);
        // "the right to respond to attacks by X": who responds was the target.
        if (targets.Count == 0 && RespondsTo(context, claim.FirstToken, cue) && Subject(context, claim, cue, relation, doers) is { } responder)
            targets.Add(responder);
        // "its commander was killed in a bombing by X": the one harmed in the act is its target.
        if (targets.Count == 0 && HarmedIn(context, claim, cue) is var harmed and >= 0 && Subject(context, claim, harmed, relation, doers) is { } victim)
            targets.Add(victim);
        foreach (var doer in doers)
        {
            foreach (var obj in targets)
                AddRelation(claim, doer, relation, obj, denied);
        }
    }

    // "Y, which X controls", "the group that Iran backs": the actor or place before "which" when the clause's subject
    // stands right after it.
    private static EntityDraft? RelativeObject(ArticleContext context, ClaimDraft claim, int cue, EntityDraft subject, RelationType relation)
    {
        var i = cue - 1;
        while (i > claim.FirstToken && context.MentionAt(i) is null && context.Tokens[i] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } t
               && (t.Key.EndsWith("ly", StringComparison.Ordinal) || t.Key is "now" or "still" or "also" or "has" or "have" or "had"))
            i--;
        if (context.MentionAt(i) is not { } s || s.Entity != subject)
            return null;
        var before = s.FirstToken - 1;
        if (context.IsWord(before, "the"))
            before--;
        if (!context.IsWord(before, "which") && !context.IsWord(before, "that"))
            return null;
        before--;
        if (before >= claim.FirstToken && context.Tokens[before].Is(','))
            before--;
        // "Idlib province": a word for the kind of place after its name.
        if (before >= claim.FirstToken && context.IsAnyWord(before, Settlements) && context.MentionAt(before) is null)
            before--;
        return before >= claim.FirstToken && context.MentionAt(before) is { Entity: { } e, Form: MentionForm.Name } && e != subject
               && (relation.TargetsPlace() ? e.IsPlace : e.IsActor) ? e : null;
    }

    // The province or country named right before a passive cue of holding ("areas of Yemen controlled by", "Helmand
    // province fell to"); "all of X apart from districts held by Y" names other ground.
    private static EntityDraft? PlaceBefore(ArticleContext context, ClaimDraft claim, int cue)
    {
        var i = cue - 1;
        // "Kherson Oblast had been captured by …": the passive's auxiliaries stand between the place and the cue.
        while (i > claim.FirstToken && context.MentionAt(i) is null && (context.IsAnyWord(i, BeForms) || context.IsWord(i, "had") || context.IsWord(i, "has") || context.IsWord(i, "have")))
            i--;
        while (i > claim.FirstToken && context.MentionAt(i) is null && (context.IsAnyWord(i, Settlements) || context.IsAnyWord(i, Words.SubdivisionTypes)
                                                                      || context.Tokens[i].Key.EndsWith("ly", StringComparison.Ordinal) && context.Tokens[i].Case == Tokens.TokenCase.Lower))
            i--;
        return i >= claim.FirstToken && context.MentionAt(i) is { Entity: { IsPlace: true } place, Form: MentionForm.Name } ? place : null;
    }
}

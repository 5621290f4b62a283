using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// Relations read from the shape of a clause rather than from a listed cue: taking ground from an actor,
// "there are fighters of X in Y".
internal static partial class RelationFinder
{
    private static readonly WordSet CaptureVerbs =
    [
        "took", "take", "takes", "taken", "taking", "seized", "seize", "seizes", "seizing", "captured", "capture",
        "captures", "capturing", "retook", "retaken", "recaptured", "overran", "overrun", "wrested", "stormed",
    ];

    // Places held by a force: what is taken from it is taken in a fight with it.
    private static readonly WordSet Sites =
    [
        "base", "bases", "position", "positions", "outpost", "outposts", "post", "posts", "camp", "camps",
        "garrison", "garrisons", "headquarters", "barracks", "checkpoint", "checkpoints", "stronghold", "strongholds",
    ];

    /// <summary>
    /// "SNA factions took the town from the SDF", "the rebels seized junta bases": whoever takes ground from an
    /// actor, or takes its bases, attacks it.
    /// </summary>
    public static void Captures(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, CaptureVerbs))
            return;
        for (var k = claim.FirstToken; k < claim.EndToken; k++)
        {
            if (!context.IsAnyWord(k, CaptureVerbs) || context.MentionAt(k) is not null || InPassiveVoice(context, k)
                || InCondition(context, claim.FirstToken, k))
                continue;
            var target = TakenFrom(context, k + 1, claim.EndToken);
            // "took money from Iran" is no fight: "take" takes ground only when ground is named.
            if (target is null || context.Tokens[k].Key[0] == 't' && !GroundBefore(context, k + 1, target))
                continue;
            var subject = Subject(context, claim, k, RelationType.Attacks, [target]);
            if (subject is null)
                continue;
            AddRelation(claim, subject, RelationType.Attacks, target, DeniedAt(context, claim, k));
        }
    }

    private static readonly WordSet Ground =
    [
        "town", "towns", "city", "cities", "village", "villages", "area", "areas", "territory", "district", "districts",
        "province", "region", "control", "ground", "hill", "hills", "border", "crossing", "airport", "port", "road",
    ];

    // Whether a word for ground lies between the verb and the actor it is taken from.
    private static bool GroundBefore(ArticleContext context, int from, EntityDraft target)
    {
        for (var i = from; i < context.Tokens.Count && context.MentionAt(i)?.Entity != target; i++)
        {
            if (context.IsAnyWord(i, Ground) || context.IsAnyWord(i, Sites))
                return true;
        }
        return false;
    }

    // The actor after "from" in the verb's clause, or the actor whose bases the verb takes.
    private static EntityDraft? TakenFrom(ArticleContext context, int from, int end)
    {
        for (var i = from; i < end && i < from + 16; i++)
        {
            var t = context.Tokens[i];
            if (t.Is(';') || t.Is('.') || t.IsWordLike && Words.ClauseOpeners.Contains(t, context.Gazetteer.Words) || t.IsWordLike && t.Key is "and" or "but")
                return null;
            if (context.MentionAt(i) is { Entity: { IsActor: true } e } m && m.Form != MentionForm.Unnamed && e.Kind != EntityKind.Official)
            {
                var before = m.FirstToken - 1;
                while (before >= from && context.IsAnyWord(before, Words.Determiners))
                    before--;
                var after = m.EndToken;
                if (after + 1 < end && context.Tokens[after].Is('\'') && context.IsWord(after + 1, "s"))
                    after += 2;
                if (context.IsWord(before, "from") && e.Kind != EntityKind.Country || context.IsAnyWord(after, Sites))
                    return e;
                i = m.EndToken - 1;
            }
        }
        return null;
    }

    /// <summary>
    /// "In Sulu, there's a remaining 14 Abu Sayyaf", "there are ISWAP cells in Borno": a group said to be
    /// somewhere is present there; "there is no more Abu Sayyaf in Sulu" denies it.
    /// </summary>
    public static void Existential(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, There))
            return;
        for (var k = claim.FirstToken; k + 1 < claim.EndToken; k++)
        {
            if (!context.IsWord(k, "there") || !IsBeAfterThere(context, k + 1))
                continue;
            var clauseEnd = ClauseEnd(context, k + 1, claim.EndToken);
            EntityDraft? group = null;
            var at = -1;
            for (var i = k + 1; i < clauseEnd && group is null; i++)
            {
                if (context.MentionAt(i) is { Entity: { Kind: EntityKind.Group or EntityKind.Organisation } g } m && m.Form == MentionForm.Name
                    && !context.IsAnyWord(m.FirstToken - 1, Words.Prepositions))
                {
                    group = g;
                    at = i;
                }
            }
            if (group is null)
                continue;
            var place = PlaceAfterIn(context, ClauseStart(context, claim.FirstToken, k), k) ?? PlaceAfterIn(context, at, clauseEnd);
            if (place is null)
                continue;
            var denied = claim.DeniedByVerb || Negation.Before(context, k, at) || Negation.IsNegation(context, k + 2);
            AddRelation(claim, group, RelationType.PresentIn, place, denied);
        }
    }

    // Acts a group does with its own people on the ground ("al-Shabaab stormed a base in Lamu"), unlike strikes and
    // rockets, which reach from afar.
    private static readonly WordSet GroundActVerbs =
    [
        "attacked", "raided", "ambushed", "stormed", "overran", "kidnapped", "abducted", "besieged", "infiltrated", "looted",
        "torched", "massacred", "executed", "clashed", "fought", "operates", "operate", "recruited", "recruits",
    ];

    private static readonly WordSet PerfectAndAdverbs = ["has", "have", "had", "reportedly", "allegedly", "also", "then", "later"];

    // A non-state group named as the subject of a ground act, perhaps after an auxiliary: "al-Shabaab had raided …".
    private static bool GroundActAfter(ArticleContext context, Mention m, EntityDraft actor)
    {
        if (actor.Kind != EntityKind.Group)
            return false;
        var i = m.EndToken;
        while (context.IsAnyWord(i, PerfectAndAdverbs) && i < m.EndToken + 2)
            i++;
        return context.IsAnyWord(i, GroundActVerbs);
    }

    private static readonly WordSet Contingents =
    [
        "troops", "soldiers", "forces", "fighters", "units", "contingent", "contingents", "militants", "gunmen", "insurgents",
    ];

    /// <summary>
    /// "Eritrean soldiers fought alongside … in the Tigray Region", "X troops are still in Y": a state's or group's
    /// troops that are the subject of a clause placing them in a province or a foreign country are present there.
    /// </summary>
    public static void Stationed(ArticleContext context, ClaimDraft claim)
    {
        for (var k = claim.FirstToken; k + 1 < claim.EndToken; k++)
        {
            if (context.MentionAt(k) is not { Entity: { IsActor: true } actor } m || m.FirstToken != k || m.Form == MentionForm.Unnamed
                || actor.Kind is EntityKind.Official or EntityKind.Province)
                continue;
            k = m.EndToken - 1;
            // "against Islamic State cells in Deir ez-Zor", "from ELN units in neighbouring Nariño": the members of an actor
            // placed by the words right after them, wherever the phrase stands.
            if (context.IsAnyWord(m.EndToken, MemberNouns) && actor.Kind is not EntityKind.Country && PlacedRightAfter(context, m.EndToken + 1, claim.EndToken) is { } at)
            {
                AddRelation(claim, actor, RelationType.PresentIn, at, claim.DeniedByVerb || Negation.Before(context, claim.FirstToken, m.FirstToken));
                continue;
            }
            // "have killed 300 X fighters since …": the fighters a verb acts on are no subject placed anywhere.
            if (ObjectOfVerb(context, m.FirstToken))
                continue;
            if (!(context.IsAnyWord(m.EndToken, Contingents) || GroundActAfter(context, m, actor)) || context.IsAnyWord(m.FirstToken - 1, Words.Prepositions)
                || m.EndToken + 1 >= claim.EndToken || !context.Tokens[m.EndToken + 1].IsWordLike || context.IsWord(m.EndToken + 1, "and"))
                continue;
            var clauseEnd = ClauseEnd(context, m.EndToken + 1, claim.EndToken);
            for (var i = m.EndToken + 1; i < clauseEnd; i++)
            {
                if (context.MentionAt(i) is not { } p)
                    continue;
                if (p.Entity is { IsPlace: true } place && p.FirstToken == i && p.Form == MentionForm.Name && place != actor
                    && IsIn(context, i) && (place.Kind == EntityKind.Province || place.IsoCode != (actor.IsoCode ?? actor.CountryIso)))
                {
                    AddRelation(claim, actor, RelationType.PresentIn, place, claim.DeniedByVerb || Negation.Before(context, m.EndToken, i));
                    break;
                }
                i = p.EndToken - 1;
            }
        }
    }

    // "in neighbouring Nariño", "inside Borno": the province an "in" right at token i names, or null.
    private static EntityDraft? PlacedRightAfter(ArticleContext context, int i, int end)
    {
        if (!context.IsWord(i, "in") && !context.IsWord(i, "inside") && !context.IsWord(i, "across"))
            return null;
        for (var j = i + 1; j < end && j <= i + 3; j++)
        {
            if (context.MentionAt(j) is { Entity: { Kind: EntityKind.Province } place, Form: MentionForm.Name } p && p.FirstToken == j)
                return place;
            if (context.Tokens[j] is not { Kind: TokenKind.Word, Case: TokenCase.Lower })
                return null;
        }
        return null;
    }

    // "in Kursk Oblast", "in the Kursk region", "in that province": a place after "in" and determiners.
    private static bool IsIn(ArticleContext context, int place)
    {
        var i = place - 1;
        while (i > 0 && context.IsAnyWord(i, Words.Determiners))
            i--;
        return context.IsWord(i, "in") || context.IsWord(i, "inside");
    }

    private static readonly WordSet Acts =
    [
        "attack", "attacks", "raid", "raids", "massacre", "bombing", "bombings", "killings", "ambush", "assault", "shelling",
        "strike", "strikes", "abductions", "kidnapping", "shooting", "shootings", "killing", "murder", "murders", "assassination",
        "blast", "blasts", "explosion", "explosions", "ambushes", "kidnappings", "abduction", "hijacking", "assaults", "massacres",
    ];

    private static readonly WordSet LikelihoodWords = ["most", "almost", "probably", "possibly", "certainly", "likely", "also", "not"];

    // "was most likely behind": the form of "be" before up to two adverbs of likelihood that stand before token k.
    private static int HedgedBefore(ArticleContext context, int k)
    {
        for (var skipped = 0; skipped < 2 && k > 0 && (context.IsAnyWord(k, LikelihoodWords)
                 || context.Tokens[k].Kind == TokenKind.Word && context.Tokens[k].Case == TokenCase.Lower && context.Tokens[k].Key.EndsWith("ly", StringComparison.Ordinal)); skipped++)
            k--;
        return k;
    }

    /// <summary>
    /// "The army said X had carried out the raid", "X was behind the attack": a statement that another actor did the
    /// attack blames it, so the speaker accuses it; a side speaking of its own act accuses nobody.
    /// </summary>
    public static void Perpetrators(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, PerpetratorWords))
            return;
        if (claim.Speaker.Entity is not { IsActor: true } speaker)
            return;
        for (var k = claim.FirstToken; k + 2 < claim.EndToken; k++)
        {
            // One lookup per token: most tokens open none of the shapes below.
            if (!PerpetratorWords.Contains(context.Tokens[k], context.Gazetteer.Words))
                continue;
            if (context.IsAnyWord(k, AttackerNouns))
            {
                AttackerNamedAt(context, claim, speaker, k);
                continue;
            }
            var verbEnd = context.IsWord(k, "carried") && context.IsWord(k + 1, "out") ? k + 2
                // "named X as behind the attacks": what the speaker names X as, X is.
                : context.IsWord(k, "behind") && (context.IsAnyWord(HedgedBefore(context, k - 1), BeForms) || context.IsWord(k - 1, "as")) ? k + 1
                : context.IsWord(k, "responsible") && context.IsWord(k + 1, "for") ? k + 2 : -1;
            // "X bore full responsibility for …", "X is to blame for …": blame laid on X whatever the deed.
            var borne = BlameEnd(context, k, claim.EndToken);
            if (verbEnd < 0 && borne < 0 || InPassiveVoice(context, k))
                continue;
            var j = verbEnd;
            while (verbEnd >= 0 && j < claim.EndToken && context.IsAnyWord(j, Words.Determiners))
                j++;
            if (borne < 0 && !context.IsAnyWord(j, Acts))
                continue;
            var doer = (context.IsWord(k - 1, "as") ? ApposedBeforeAs(context, claim, k - 1) : null) ?? Subject(context, claim, k, RelationType.Accuses, []);
            // "said its Jamaat-ul-Ahrar faction had carried out the raid": a side's own unit acting blames nobody.
            if (doer is not null && OwnUnitOfSpeaker(context, claim, k, doer))
                continue;
            if (doer is null || doer == speaker || doer == SpeakerSide(claim) || ClaimsItself(context, claim, k, doer) || doer.Kind is EntityKind.Official or EntityKind.Country && doer.IsoCode == (speaker.CountryIso ?? speaker.Organisation?.CountryIso))
                continue;
            AddRelation(claim, speaker, RelationType.Accuses, doer, DeniedAt(context, claim, k));
        }
    }

    // "named a little-known group, the Kenya Liberation Front (KLF), as behind": the name set off by commas before "as".
    private static EntityDraft? ApposedBeforeAs(ArticleContext context, ClaimDraft claim, int asAt)
    {
        var i = asAt - 1;
        if (i <= claim.FirstToken || !context.Tokens[i].Is(','))
            return null;
        i--;
        if (context.Tokens[i].Is(')'))
        {
            while (i > claim.FirstToken && !context.Tokens[i].Is('('))
                i--;
            i--;
        }
        return context.MentionAt(i) is { Entity: { IsActor: true } named, Form: not MentionForm.Unnamed } ? named : null;
    }

    private static bool OwnUnitOfSpeaker(ArticleContext context, ClaimDraft claim, int cue, EntityDraft doer)
    {
        for (var i = cue - 1; i > claim.FirstToken && i >= cue - MaxSubjectDistance; i--)
        {
            if (context.MentionAt(i) is { } m && m.Entity == doer)
                return context.IsAnyWord(m.FirstToken - 1, UnitOwners);
        }
        return false;
    }

    private static readonly WordSet BearVerbs = ["bear", "bears", "bore", "borne", "bearing"];

    // Where "bore (full) responsibility for" or "(is) to blame for" ends, or -1.
    private static int BlameEnd(ArticleContext context, int k, int end)
    {
        if (context.IsWord(k, "to") && context.IsWord(k + 1, "blame") && context.IsWord(k + 2, "for") && context.IsAnyWord(k - 1, BeForms))
            return k + 3;
        if (!context.IsAnyWord(k, BearVerbs))
            return -1;
        var i = k + 1;
        if (context.IsWord(i, "the"))
            i++;
        if (context.IsAnyWord(i, ResponsibilityGrades))
            i++;
        if (i >= end || !context.IsWord(i, "responsibility"))
            return -1;
        // "bears ultimate responsibility as it continues its war": the charge may end the clause.
        return context.IsWord(i + 1, "for") ? i + 2
            : i + 1 >= end || context.Tokens[i + 1].Is(',') || context.IsWord(i + 1, "as") || context.IsWord(i + 1, "because") ? i + 1
            : -1;
    }

    private static readonly WordSet ResponsibilityGrades =
        ["full", "sole", "direct", "primary", "ultimate", "overall", "entire", "complete", "main", "chief", "moral", "political", "legal", "collective"];

    private static readonly WordSet AttackerNouns =
    [
        "attackers", "assailants", "gunmen", "perpetrators", "bombers", "attacker", "assailant", "gunman", "perpetrator", "bomber", "killers",
    ];

    private static readonly WordSet PerpetratorWords =
    [
        "carried", "behind", "responsible", "to", "bear", "bears", "bore", "borne", "bearing", "attackers", "assailants", "gunmen",
        "perpetrators", "bombers", "attacker", "assailant", "gunman", "perpetrator", "bomber", "killers",
    ];

    // "the attackers were PKK members", "the gunmen were from X": naming who the attackers were accuses that actor.
    private static void AttackerNamedAt(ArticleContext context, ClaimDraft claim, EntityDraft speaker, int k)
    {
        // "the attackers" may have been read as a description of the group named before: the name after "were" decides.
        if (!context.IsAnyWord(k + 1, BeForms) || context.MentionAt(k) is { Form: not MentionForm.Anaphor })
            return;
        var i = k + 2;
        if (context.IsAnyWord(i, MemberNouns) && context.IsWord(i + 1, "of"))
            i += 2;
        else if (context.IsWord(i, "from"))
            i++;
        while (i < claim.EndToken && context.MentionAt(i) is null && context.IsAnyWord(i, Words.Determiners))
            i++;
        if (context.MentionAt(i) is not { Entity: { IsActor: true } doer } m || m.Form is MentionForm.Unnamed or MentionForm.Demonym
            || doer == speaker || doer == SpeakerSide(claim) || doer.Kind == EntityKind.Official)
            return;
        AddRelation(claim, speaker, RelationType.Accuses, doer, DeniedAt(context, claim, k));
    }

    // "X said it carried out the assault, according to Y": a doer that says it acted claims the act; the one who
    // relays the claim accuses nobody.
    private static bool ClaimsItself(ArticleContext context, ClaimDraft claim, int act, EntityDraft doer)
    {
        for (var i = act - 1; i > claim.FirstToken; i--)
        {
            if (context.MentionAt(i) is { } m && m.Entity == doer && m.Form != MentionForm.Anaphor)
                return false;
            if (!context.HasCue(i, CueKind.Speech))
                continue;
            var next = context.IsWord(i + 1, "that") ? i + 2 : i + 1;
            if (context.IsAnyWord(next, SelfPronouns))
                return ActorBefore(context, claim.FirstToken, i) == doer;
        }
        return false;
    }

    private static EntityDraft? ActorBefore(ArticleContext context, int first, int at)
    {
        for (var i = at - 1; i >= first; i--)
        {
            if (context.MentionAt(i) is { Entity: { IsActor: true } e })
                return e;
        }
        return null;
    }

    private static readonly WordSet SelfPronouns = ["it", "they", "we"];

    private static readonly WordSet GroupWords = ["group", "rebels", "militants", "militia", "insurgents"];

    /// <summary>
    /// "the joint operations that X and Y are conducting against Z": the two are allied and both attack Z.
    /// </summary>
    public static void JointOperations(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, JointWords))
            return;
        for (var k = claim.FirstToken; k + 3 < claim.EndToken; k++)
        {
            if (context.IsWord(k, "jointly") || context.IsWord(k, "together") && !context.IsWord(k + 1, "with"))
            {
                JointSubjects(context, claim, k);
                continue;
            }
            if (context.IsWord(k, "joint") && context.IsAnyWord(k + 1, JointActs) && context.IsWord(k + 2, "with"))
            {
                JointWithAgainst(context, claim, k);
                continue;
            }
            if (!context.IsWord(k, "joint") || !context.IsWord(k + 1, "operations") && !context.IsWord(k + 1, "operation") && !context.IsWord(k + 1, "offensive"))
                continue;
            var i = k + 2;
            if (!context.IsWord(i, "that") && !context.IsWord(i, "which"))
                continue;
            var partners = new List<EntityDraft>();
            var against = -1;
            for (i++; i < claim.EndToken && i < k + 20; i++)
            {
                var t = context.Tokens[i];
                if (t.Is(';') || t.Is('.') || t.Is(','))
                    break;
                if (context.IsWord(i, "against"))
                {
                    against = i;
                    break;
                }
                if (context.MentionAt(i) is { Entity: { IsActor: true } e, Form: not MentionForm.Unnamed } m)
                {
                    if (!partners.Contains(e))
                        partners.Add(e);
                    i = m.EndToken - 1;
                }
            }
            if (partners.Count != 2)
                continue;
            var denied = DeniedAt(context, claim, k);
            AddRelation(claim, partners[0], RelationType.AlliedWith, partners[1], denied);
            if (against < 0)
                continue;
            var targets = Objects(context, against + 1, claim.EndToken, RelationType.Attacks, actorsOnly: true);
            // "against the group": the group named last.
            if (targets.Count == 0 && context.IsWord(against + 1, "the") && context.IsAnyWord(against + 2, GroupWords) && Antecedent(context, against, partners) is { } group)
                targets.Add(group);
            foreach (var target in targets)
            {
                foreach (var partner in partners)
                    AddRelation(claim, partner, RelationType.Attacks, target, denied);
            }
        }
    }

    private static readonly WordSet JointActs =
    [
        "operations", "operation", "offensive", "raid", "raids", "patrol", "patrols", "strike", "strikes", "assault", "attack", "attacks",
    ];

    // Verbs of acting that "jointly" or "together" make a shared act; "jointly condemned" shares words, not arms.
    private static readonly WordSet JointVerbs =
    [
        "attacked", "attack", "attacking", "struck", "strike", "striking", "raided", "raid", "raiding", "fought", "fight", "fighting",
        "operating", "operate", "operated", "operates", "patrolled", "patrol", "patrolling", "launched", "launch", "carried", "carry",
        "carrying", "conducted", "conduct", "conducting", "ambushed", "ambush", "seized", "captured", "stormed", "overran", "worked",
        "working", "work", "planned", "planning", "trained", "training",
    ];

    // Words that may stand between a list of subjects and its joint act ("have started operating together").
    private static readonly WordSet BetweenSubjectAndAct =
    [
        "have", "has", "had", "were", "was", "are", "is", "been", "began", "begun", "started", "start", "also", "now", "reportedly",
        "allegedly", "then", "later", "recently", "both",
    ];

    /// <summary>
    /// "X and Y jointly attacked", "X (XY) and Y have started operating together": the sides listed as the subjects of a
    /// joint act are allied, first listed to the others.
    /// </summary>
    private static void JointSubjects(ArticleContext context, ClaimDraft claim, int adverb)
    {
        var act = context.IsWord(adverb, "jointly") && context.IsAnyWord(adverb + 1, JointVerbs) ? adverb + 1 : adverb - 1;
        if (!context.IsAnyWord(act, JointVerbs))
            return;
        var i = Math.Min(act, adverb) - 1;
        while (i >= claim.FirstToken && i > act - 6 && context.MentionAt(i) is null && context.IsAnyWord(i, BetweenSubjectAndAct))
            i--;
        if (context.MentionAt(i) is not { Entity: { IsActor: true } subject } last || last.EndToken != i + 1)
            return;
        var partners = CoordinatedWith(context, claim, subject, last.EndToken);
        if (partners.Count == 0)
            return;
        var denied = DeniedAt(context, claim, act);
        var first = partners[^1];
        foreach (var other in partners.Take(partners.Count - 1).Reverse().Append(subject))
            AddRelation(claim, first, RelationType.AlliedWith, other, denied);
    }

    // "carried out a joint raid with the SDF against Islamic State cells": the subject and its partner both attack the
    // target named after "against" (the partnership itself is the cue "joint raid with").
    private static void JointWithAgainst(ArticleContext context, ClaimDraft claim, int joint)
    {
        var withAt = joint + 2;
        var partnerAt = context.IsWord(withAt + 1, "the") ? withAt + 2 : withAt + 1;
        if (context.MentionAt(partnerAt) is not { Entity: { IsActor: true } partner, Form: not MentionForm.Unnamed } m || m.FirstToken != partnerAt)
            return;
        var against = m.EndToken;
        while (against < claim.EndToken && against < m.EndToken + 4 && !context.IsWord(against, "against") && context.Tokens[against].IsWordLike)
            against++;
        if (!context.IsWord(against, "against"))
            return;
        var targets = Objects(context, against + 1, claim.EndToken, RelationType.Attacks, actorsOnly: true);
        if (targets.Count == 0 || Subject(context, claim, joint, RelationType.Attacks, [partner, .. targets]) is not { } subject)
            return;
        var denied = DeniedAt(context, claim, joint);
        foreach (var target in targets)
        {
            AddRelation(claim, subject, RelationType.Attacks, target, denied);
            AddRelation(claim, partner, RelationType.Attacks, target, denied);
        }
    }

    private static bool IsBeAfterThere(ArticleContext context, int i) =>
        context.IsAnyWord(i, BeForms) || context.IsWord(i, "remain") || context.IsWord(i, "remains")
        || i + 1 < context.Tokens.Count && context.Tokens[i].Is('\'') && context.IsWord(i + 1, "s");

    private static int ClauseEnd(ArticleContext context, int from, int end)
    {
        var i = from;
        while (i < end && !context.Tokens[i].Is(';') && !context.Tokens[i].Is('.')
               && !(context.Tokens[i].IsWordLike && context.Tokens[i].Key is "who" or "which" or "that" or "but" or "because"))
            i++;
        return i;
    }

    private static int ClauseStart(ArticleContext context, int floor, int from)
    {
        var i = from;
        while (i > floor && !context.Tokens[i - 1].Is(';') && !context.Tokens[i - 1].Is('.')
               && !(context.Tokens[i - 1].IsWordLike && context.Tokens[i - 1].Key is "but" or "because" or "that" or "which"))
            i--;
        return i;
    }

    // The first place named after "in" within tokens [from, end).
    private static EntityDraft? PlaceAfterIn(ArticleContext context, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (context.MentionAt(i) is { Entity: { IsPlace: true } place } m && m.FirstToken == i && m.Form == MentionForm.Name
                && context.IsWord(m.FirstToken - 1, "in"))
                return place;
        }
        return null;
    }

    // Whether the mention starting at <paramref name="first"/> follows a verb (past numbers and determiners).
    private static bool ObjectOfVerb(ArticleContext context, int first)
    {
        var i = first - 1;
        while (i > 0 && (context.Tokens[i].Kind == TokenKind.Number || context.IsAnyWord(i, Words.Determiners)
                         || context.Tokens[i].Is(',') && context.Tokens[i - 1].Kind == TokenKind.Number))
            i--;
        return i >= 0 && context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } t && !Words.ClauseOpeners.Contains(t, context.Gazetteer.Words)
               && !Words.Prepositions.Contains(t, context.Gazetteer.Words) && t.Key is not ("and" or "or" or "said" or "says") && !context.HasCue(i, CueKind.Speech);
    }
}

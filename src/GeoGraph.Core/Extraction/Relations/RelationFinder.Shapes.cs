using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// Relations that come from the shape of a claim rather than from one cue: verbs that are relations, conditions, lists.
internal static partial class RelationFinder
{
    /// <summary>
    /// A verb of saying that is itself a relation ("accused", "blamed", "threatened"): its subjects (the speaker
    /// and those listed with it) relate to the entities the statement opens with ("accused Israel of …").
    /// </summary>
    public static void FromVerb(ArticleContext context, ClaimDraft claim)
    {
        if (Accused(context, claim) is { } target && claim.Speaker.Entity is { IsActor: true } accuser)
        {
            AddRelation(claim, accuser, RelationType.Accuses, target, denied: false);
            return;
        }
        if (claim.Verb < 0 || claim.Verb >= claim.FirstToken)
            return;
        // "Israel did not accuse Hezbollah of …": the verb's relation is denied.
        var denied = Negation.Before(context, claim.Attribution.First, claim.Verb);
        // "held Uganda accountable", "went further, holding the UAE responsible": a hold to account blames the one held; it
        // controls no ground.
        if (context.IsAnyWord(claim.Verb, HoldVerbs) && HeldToAccount(context, claim.Verb, claim.EndToken) is { Entity: { IsActor: true } held })
        {
            if (claim.Speaker.Entity is { IsActor: true } holder)
                AddRelation(claim, holder, RelationType.Accuses, held, denied);
            return;
        }
        // "prosecutors accuse X of …", "did not blame X": a base form is a verb after a plural subject or an auxiliary.
        var cue = context.Cues(claim.Verb).FirstOrDefault(c => c.Kind == CueKind.Relation && (c.Direction == CueDirection.Active
            || c.Direction == CueDirection.Base && (AfterPluralSubject(context, claim.Verb) || AfterAuxiliary(context, claim.Verb))));
        if (cue is null)
            return;
        // "attributed the attack to X": a cue that runs into the statement names its object after its last word.
        var objectsFrom = context.CueAt(claim.Verb) is { } phrase && phrase.End > claim.FirstToken && phrase.End < claim.EndToken ? phrase.End : claim.FirstToken;
        // The speaker, and those listed with it by "and" ("the Lebanese Army and Hezbollah accused …").
        var subjects = new List<EntityDraft>();
        // "the prime minister vowed to destroy X": a vow or threat is made for the official's side, not in his name.
        if (cue.Relation == RelationType.Threatens && claim.Speaker.Entity is { Kind: EntityKind.Official } && SpeakerSide(claim) is { } side)
            subjects.Add(side);
        else if (claim.Speaker.Entity is { IsActor: true } speaker)
            subjects.Add(speaker);
        for (var i = claim.Attribution.First; i < claim.Verb; i++)
        {
            if (context.MentionAt(i) is { Entity: { IsActor: true } e } m && m.Form is MentionForm.Name or MentionForm.Anaphor)
            {
                // "the LRA and the Kenyan army blamed": an article may stand between "and" and the name.
                var joined = context.IsWord(m.EndToken, "and") || context.IsWord(m.FirstToken - 1, "and")
                             || context.IsWord(m.FirstToken - 1, "the") && context.IsWord(m.FirstToken - 2, "and");
                if (joined && !subjects.Contains(e) && !context.Tokens[m.EndToken].Is('\''))
                    subjects.Add(e);
                i = m.EndToken - 1;
            }
        }
        var relation = cue.Relation!.Value;
        // "warned the RSF that it would strike back", "warned X that the army would crush it": the actor between the verb
        // and "that" is the object, before any actor of the statement.
        var objects = context.IsWord(claim.FirstToken - 1, "that") && context.CueAt(claim.Verb)!.End < claim.FirstToken - 1
            ? Objects(context, context.CueAt(claim.Verb)!.End, claim.FirstToken - 1, relation, actorsOnly: true)
            : [];
        // "warned that the LRA would strike again", "warned on Monday that …": a warning addressed to no one threatens no one
        // the statement names.
        if (objects.Count == 0 && relation == RelationType.Threatens && context.Tokens[claim.Verb].Key.StartsWith("warn", StringComparison.Ordinal)
            && context.IsWord(claim.FirstToken - 1, "that") && context.CueAt(claim.Verb)!.End <= claim.FirstToken - 1)
            return;
        if (objects.Count == 0)
            objects = Objects(context, objectsFrom, claim.EndToken, relation, actorsOnly: false);
        // "placed X and Y under sanctions, accusing them of …": "them" after a participle is the pair the clause before it named.
        if (objects.Count == 0 && context.IsWord(objectsFrom, "them") && context.Tokens[claim.Verb].Key.EndsWith("ing", StringComparison.Ordinal)
            && context.Tokens[claim.Verb - 1].Is(','))
            objects.AddRange(PairBefore(context, claim.Verb - 1, subjects));
        // "Rabat accuses it of attacking civilians": the pronoun after the verb stands for the group named before.
        if (objects.Count == 0 && !relation.TargetsPlace() && context.IsAnyWord(objectsFrom, ObjectPronouns)
            && Antecedent(context, objectsFrom, subjects) is { } group)
            objects.Add(group);
        foreach (var subject in subjects)
        {
            foreach (var obj in objects)
            {
                AddRelation(claim, subject, relation, obj, denied);
            }
        }
    }

    // Two actors joined by "and" in the clause that ends at <paramref name="comma"/>: "placed Élan and Victor under sanctions,".
    private static List<EntityDraft> PairBefore(ArticleContext context, int comma, List<EntityDraft> except)
    {
        var first = context.SentenceOf(comma).FirstToken;
        for (var i = comma - 1; i > first && i >= comma - 15; i--)
        {
            if (context.Tokens[i].Is(',') || context.Tokens[i].Is(';') || context.Tokens[i].Is('"'))
                break;
            var next = context.IsAnyWord(i + 1, Words.Determiners) ? i + 2 : i + 1;
            if (!context.IsWord(i, "and") || context.MentionAt(i - 1) is not { Entity: { IsActor: true } one } || context.MentionAt(next) is not { Entity: { IsActor: true } other })
                continue;
            return [.. new[] { one, other }.Where(e => !except.Contains(e)).Distinct()];
        }
        return [];
    }

    // "accused forces loyal to the vice-president of …": those loyal to a leader act for the leader's organisation.
    private static EntityDraft? Accused(ArticleContext context, ClaimDraft claim)
    {
        // A state's leader may have forces of his own ("forces loyal to the vice-president"): only a group or body is theirs.
        if (claim.Accused is not { Kind: EntityKind.Official, Organisation: { Kind: not EntityKind.Country } led } leader)
            return claim.Accused;
        for (var i = claim.FirstToken; i < claim.EndToken && i < claim.FirstToken + 12; i++)
        {
            if (context.MentionAt(i) is not { } m || m.Entity != leader)
                continue;
            return LoyalTo(context, m.FirstToken) ? led : leader;
        }
        return leader;
    }

    private static readonly WordSet LeaderWords =
    [
        "leader", "president", "vice", "first", "commander", "chief", "former", "general", "strongman", "-",
    ];

    // "loyal to First Vice President X", "allied to rebel leader X": a leader named after "loyal to" and a title.
    private static bool LoyalTo(ArticleContext context, int leader)
    {
        var i = leader - 1;
        while (i > 0 && leader - i <= 5 && (context.IsAnyWord(i, Words.Determiners) || context.Tokens[i].IsCapitalised || context.IsAnyWord(i, LeaderWords)
                                            || context.Tokens[i].Is('-')))
            i--;
        return context.IsWord(i, "to") && context.IsAnyWord(i - 1, Loyal);
    }

    // "If Hezbollah breaks the deal and poses a threat …": what a condition supposes is not asserted.
    private static bool InCondition(ArticleContext context, int first, int cue)
    {
        for (var i = cue - 1; i >= first; i--)
        {
            var t = context.Tokens[i];
            if (t.Is(',') || t.Is(';') || t.Is('.') || t.IsWordLike && t.Key == "then")
                return false;
            if (t.IsWordLike && (t.Key is "if" or "unless" or "whether" || t.Key == "should" && (i == first || context.Tokens[i - 1].Is('.') || context.Tokens[i - 1].Is('"'))))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "Should Hezbollah violate the agreement, we will strike decisively": a warning that depends on what an
    /// actor does threatens that actor; the one who warns is the main clause's subject or, for "we", the speaker's side.
    /// </summary>
    public static void ConditionalThreats(ArticleContext context, ClaimDraft claim)
    {
        if (!(Holds(context, claim, WarningWords) || Holds(context, claim, ConditionOpeners)))
            return;
        for (var i = claim.FirstToken; i < claim.EndToken; i++)
        {
            var t = context.Tokens[i];
            if (t.IsWordLike && WarningWords.Contains(t, context.Gazetteer.Words))
            {
                DeclaredTargetAt(context, claim, i);
                ReservedResponseAt(context, claim, i);
            }
            var opens = t.IsWordLike && (t.Key is "if" or "unless" || t.Key == "should" && (i == claim.FirstToken || !context.Tokens[i - 1].IsWordLike));
            if (!opens)
                continue;
            var first = NextContentWord(context, i + 1, claim.EndToken);
            // "if the Iran-backed Houthis attack": the one described, not its backer.
            if (context.MentionAt(first) is { } prefix && IsPrefixOfActor(context, prefix))
                first = prefix.EndToken + 2;
            var target = context.MentionAt(first) is { Entity: { IsActor: true } e } ? e : null;
            var comma = i + 1;
            while (comma < claim.EndToken && !context.Tokens[comma].Is(',') && !context.Tokens[comma].Is('.'))
                comma++;
            if (target is null || comma >= claim.EndToken || !context.Tokens[comma].Is(','))
                continue;
            var end = comma + 1;
            while (end < claim.EndToken && !context.Tokens[end].Is('.') && !context.Tokens[end].Is(';'))
                end++;
            if (!Warns(context, comma + 1, end))
                continue;
            if (Warner(context, claim, comma + 1, end, target) is { } warner)
                AddRelation(claim, warner, RelationType.Threatens, target, claim.DeniedByVerb);
        }
        TrailingConditions(context, claim);
    }

    private static int NextContentWord(ArticleContext context, int i, int end)
    {
        while (i < end && context.Tokens[i].IsWordLike && context.Tokens[i].Key is "the" or "a" or "an")
            i++;
        return i;
    }

    private static readonly WordSet WarnedActs =
    [
        "strike", "respond", "act", "hit", "retaliate", "attack", "pay", "face", "punish", "destroy", "crush", "target", "bomb",
        "shell",
    ];

    private static readonly WordSet WarWords = ["war", "fight", "battle"];

    private static bool Warns(ArticleContext context, int first, int end)
    {
        for (var i = first; i + 1 < end; i++)
        {
            var t = context.Tokens[i];
            if (!t.IsWordLike)
                continue;
            if (t.Key is "will" or "would"
                && (context.IsAnyWord(i + 1, WarnedActs)
                    // "would bring the war to Nairobi", "strikes would continue": war carried further, attacks kept up.
                    || context.IsWord(i + 1, "bring") && context.IsWord(i + 2, "the") && context.IsAnyWord(i + 3, WarWords)
                    || context.IsWord(i + 1, "continue") && context.IsAnyWord(i - 1, AttackNouns)))
                return true;
            if (t.Key is "retains" or "retain" or "reserves" or "reserve" && context.IsWord(i + 1, "the") && context.IsWord(i + 2, "right"))
                return true;
        }
        return false;
    }

    // Whether the name at <paramref name="first"/> follows a bare comma that closes a phrase opened by a preposition
    // ("with the help of Uganda, Kenya …"), not a list written with commas ("Uganda, Kenya attack LRA").
    private static bool AfterFrontedAdjunct(ArticleContext context, int first)
    {
        if (first < 2 || !context.Tokens[first - 1].Is(',') || context.MentionAt(first - 2) is not { } before)
            return false;
        var i = before.FirstToken - 1;
        while (i >= 0 && context.IsAnyWord(i, Words.Determiners))
            i--;
        return i >= 0 && (context.IsAnyWord(i, Words.Prepositions) || context.IsWord(i, "of"));
    }

    // "American and British air strikes": the actors listed with the subject share its relation.
    private static List<EntityDraft> CoordinatedWith(ArticleContext context, ClaimDraft claim, EntityDraft? subject, int cue)
    {
        var partners = new List<EntityDraft>();
        if (subject is null)
            return partners;
        var at = -1;
        for (var i = cue - 1; i >= claim.FirstToken && i >= cue - MaxSubjectDistance; i--)
        {
            if (context.MentionAt(i)?.Entity == subject)
            {
                at = context.MentionAt(i)!.FirstToken;
                break;
            }
        }
        // "with the help of Uganda, Kenya attacked": a subject after a bare comma ends no list.
        if (at > 0 && AfterFrontedAdjunct(context, at))
            return partners;
        for (var i = at - 1; at > 0 && i >= claim.FirstToken; i--)
        {
            var t = context.Tokens[i];
            // "al-Shabaab and the LLF attacked": the article before the listed name is no word of the list.
            if (t.Is(',') || t.IsWordLike && t.Key is "and" || t.IsWordLike && t.Key is "the" && context.MentionAt(i) is null && context.IsWord(i - 1, "and"))
                continue;
            // "U.S. and British aircraft": the full stop of an abbreviated name.
            if (t.Is('.') && context.MentionAt(i) is null && context.MentionAt(i - 1) is { } abbreviated && abbreviated.EndToken == i && context.IsWord(i + 1, "and"))
            {
                if (abbreviated.Entity is { IsActor: true } listed && listed != subject)
                    partners.Add(listed);
                i = abbreviated.FirstToken;
                continue;
            }
            // "the Islamic State West Africa Province (ISWAP) and Boko Haram": a name with its acronym after it is one item.
            if (t.Is(')') && (context.Tokens[i + 1].Is(',') || context.IsWord(i + 1, "and")) && NameBeforeItsAcronym(context, i) is { } defined)
            {
                if (defined.Entity is { IsActor: true } named && named != subject && !partners.Contains(named))
                    partners.Add(named);
                i = defined.FirstToken;
                continue;
            }
            if (context.MentionAt(i) is { Entity: { IsActor: true } e } m && e != subject && context.Tokens[m.EndToken].Is(',') | context.IsWord(m.EndToken, "and"))
            {
                partners.Add(e);
                i = m.FirstToken;
                continue;
            }
            break;
        }
        return partners;
    }

    // The name before "(ACRONYM)" whose closing bracket is token <paramref name="close"/>, when both name one entity.
    private static Mention? NameBeforeItsAcronym(ArticleContext context, int close)
    {
        if (context.MentionAt(close - 1) is not { } acronym || acronym.EndToken != close || acronym.FirstToken < 2 || !context.Tokens[acronym.FirstToken - 1].Is('('))
            return null;
        return context.MentionAt(acronym.FirstToken - 2) is { } name && name.Entity == acronym.Entity && name.Entity is not null ? name : null;
    }

    private static readonly WordSet NamingVerbs =
    [
        "declared", "declares", "called", "calls", "labelled", "labeled", "labels", "branded", "brands", "designated",
        "designates", "termed", "terms",
    ];

    private static bool DefendsBefore(ArticleContext context, ClaimDraft claim, int label)
    {
        for (var i = label - 1; i >= claim.FirstToken && i >= label - 8; i--)
        {
            if (context.IsWord(i, "defend") || context.IsWord(i, "defending") || context.IsWord(i, "defends"))
                return true;
        }
        return false;
    }

    // The verb of naming in the label's clause before it ("has declared … a criminal group"), or -1.
    private static int NamingVerbBefore(ArticleContext context, ClaimDraft claim, int label)
    {
        for (var i = label - 1; i >= claim.FirstToken && i >= label - 10; i--)
        {
            var t = context.Tokens[i];
            if (t.Is(';') || t.Is('.') || t.IsWordLike && Words.ClauseOpeners.Contains(t, context.Gazetteer.Words))
                return -1;
            if (context.IsAnyWord(i, NamingVerbs) && context.MentionAt(i) is null)
                return i;
        }
        return -1;
    }

    // "X has declared …": the actor named right before the verb of naming (and its auxiliary).
    private static EntityDraft? NamerBefore(ArticleContext context, int naming)
    {
        var i = naming - 1;
        while (i >= 0 && context.IsAnyWord(i, NamerAuxiliaries))
            i--;
        return context.MentionAt(i) is { Entity: { IsActor: true } namer, Form: MentionForm.Name or MentionForm.Anaphor } ? namer : null;
    }

    private static readonly WordSet NamerAuxiliaries = ["has", "have", "had", "formally", "officially", "also"];

    private static EntityDraft? DemonymRightBefore(ArticleContext context, int k, EntityDraft? except) =>
        context.MentionAt(k - 1) is { Form: MentionForm.Demonym, Entity: { Kind: EntityKind.Country } state } m && m.EndToken == k
        && state != except && !OwnState(except, state)
            ? state : null;

    private static EntityDraft? FirstActor(ArticleContext context, ClaimDraft claim, EntityDraft? except) =>
        FirstActorBetween(context, claim.FirstToken, claim.EndToken, except);

    // "called the Kenyan officers invaders and was ready to fight them": "them" is the nearest state force named by its
    // demonym before it in the claim, not an actor named further back.
    private static EntityDraft? PluralReferent(ArticleContext context, ClaimDraft claim, int pronoun, EntityDraft? except)
    {
        if (!context.IsWord(pronoun, "them"))
            return null;
        for (var i = pronoun - 1; i > claim.FirstToken; i--)
        {
            if (context.Tokens[i].Is('"') || context.Tokens[i].Is(';'))
                return null;
            if (context.MentionAt(i) is { Form: MentionForm.Demonym, Entity: { Kind: EntityKind.Country } state } m && state != except
                && (context.IsAnyWord(m.EndToken, Soldiers) || context.IsAnyWord(m.EndToken, ForceMembers) || PoliceNounAt(context, m.EndToken)))
                return state;
        }
        return null;
    }

    // Policemen and gendarmes are read by PoliceNounAt.
    private static readonly WordSet ForceMembers = ["officers", "forces", "guards", "commandos"];

    private static EntityDraft? FirstActorBetween(ArticleContext context, int first, int end, EntityDraft? except)
    {
        for (var i = first; i < end; i++)
        {
            // "the exodus of Armenians": a people named by a demonym is not the state accused.
            if (context.MentionAt(i) is { Entity: { IsActor: true } e } m && e != except && m.Form is not (MentionForm.Unnamed or MentionForm.Demonym)
                && e.Kind != EntityKind.Official && (e.Organisation is null || e.Organisation != except) && e != except?.Organisation && !OwnState(except, e))
                return e;
        }
        return null;
    }

    // "The Foreign Ministry said Iran has the right to defend itself against acts of aggression": a body does not
    // accuse its own state.
    private static bool OwnState(EntityDraft? body, EntityDraft actor) =>
        body is not null && actor.Kind == EntityKind.Country && actor.IsoCode is { } iso
        && (body.CountryIso ?? body.Organisation?.CountryIso ?? body.Organisation?.IsoCode) == iso;
}

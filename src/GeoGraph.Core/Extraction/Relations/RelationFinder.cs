using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

/// <summary>
/// Reads the relations a claim asserts: a relation cue (RELATIONS.md) with its subject before it and its
/// objects after it ("al-Qaeda … plotting to reunite with the Taliban"), or the reverse for passive cues
/// ("backed by Iran"). A denied cue asserts nothing; "they" as a subject points back to the last group named.
/// </summary>
internal static partial class RelationFinder
{
    private const int MaxSubjectDistance = 16;

    private static readonly WordSet EngagedPartners =
    [
        "counterpart", "counterparts", "partner", "partners", "allies", "ally", "officials", "leaders", "diplomats", "community",
        "stakeholders", "donors", "neighbours", "neighbors",
    ];

    private static readonly WordSet WhereSomethingLies = ["with", "in", "at", "on", "behind", "ahead", "within", "between", "beyond", "outside", "inside", "near"];

    public static void Run(ArticleContext context, ClaimDraft claim)
    {
        Cues(context, claim);
        Supplies(context, claim);
        SupportWith(context, claim);
    }

    // Every relation cue of the claim, read with its subject and objects.
    private static void Cues(ArticleContext context, ClaimDraft claim)
    {
        var coveredUntil = claim.FirstToken;
        // A cue that quotation marks part needs one inside the claim: most claims have none, and then no token looks for it.
        var quoted = QuoteWithin(context, claim.FirstToken + 1, claim.EndToken);
        for (var k = claim.FirstToken; k < claim.EndToken; k++)
        {
            var match = context.CueAt(k, CueKind.Relation) ?? (quoted ? QuotedCueAt(context, k, claim.EndToken) : null) ?? ParentheticalCueAt(context, k, claim.EndToken);
            // "breaking its ties with": the words of a cue read once, not again as the shorter "ties with".
            if (match is null || match.End > claim.EndToken || k < coveredUntil)
                continue;
            coveredUntil = match.End;
            // The first relation cue of the phrase; a loop rather than LINQ, which would allocate for every cue read.
            if (FirstRelationCue(match.Values) is { } cue)
            {
                // "whether from the Iran-backed Houthis": a name's hyphened description holds under any condition.
                if (context.MentionAt(k) is not null || InCondition(context, claim.FirstToken, k) && (k == 0 || !context.Tokens[k - 1].Is('-')))
                    continue;
                // What a negated cue would assert is denied instead.
                var denied = DeniedAt(context, claim, k);
                var relation = cue.Relation!.Value;
                // "cut all remaining diplomatic contacts with X": ties ended, not kept.
                if (relation == RelationType.InContactWith && SeveredBefore(context, claim.FirstToken, k))
                    relation = RelationType.CutTiesWith;
                // "was ending its defence cooperation agreement with France", "scrapped the pact with": a tie ended.
                if (relation is RelationType.NegotiatesWith or RelationType.AlliedWith && context.AnyWordIn(k, match.End, TieNouns) && SeveredBefore(context, claim.FirstToken, k))
                    relation = RelationType.CutTiesWith;
                // "with the backing of Uganda": the help is read whole by SupportWith, with the one it goes to.
                if (relation == RelationType.Supports && (context.IsWord(k - 1, "the") && context.IsWord(k - 2, "with") && context.IsWord(k + 1, "of")
                                                          || context.IsWord(k, "with") && HelperAfterWith(context, k, claim.EndToken) is not null))
                    continue;
                // "pulled out of talks with X", "withdrew from the peace talks": talks left are not held; say nothing.
                if (relation == RelationType.NegotiatesWith && TalksLeftBefore(context, claim.FirstToken, k))
                    continue;
                // "delegations met in Muscat for a new round of talks": a meeting held to bargain is a negotiation.
                if (relation == RelationType.InContactWith && context.IsWord(k, "met") && TalksAfter(context, match.End, claim.EndToken))
                    relation = RelationType.NegotiatesWith;
                // "the southern part of Somalia": a region of a place, not a member of a body. "taken control of part of it",
                // "seized a large part of the town": a share of ground, not membership.
                if (relation == RelationType.PartOf && context.IsWord(k, "part") && (context.IsWord(k - 1, "the") || context.Tokens[k - 1].Key.EndsWith("ern", StringComparison.Ordinal)
                    || context.IsAnyWord(k - 1, PortionWords) || context.IsWord(k - 1, "of") && context.IsWord(k - 2, "control")))
                    continue;
                // "engaged in talks", "engaged its military counterparts": engaging in something or with partners is no fight.
                if (relation == RelationType.Attacks && context.Tokens[k].Key.StartsWith("engag", StringComparison.Ordinal)
                    && (context.IsWord(match.End, "in") || context.AnyWordIn(match.End, match.End + 4, EngagedPartners)))
                    continue;
                // "holds Israel responsible": a hold to account is blame (read by HeldToAccountAt), not control.
                if (relation == RelationType.Controls && context.IsAnyWord(k, HoldVerbs) && HeldToAccount(context, k, claim.EndToken) is not null)
                    continue;
                // "would hold talks with X", "held a news conference in X": an event held is no ground held.
                if (relation == RelationType.Controls && context.IsAnyWord(k, HoldVerbs) && context.AnyWordIn(match.End, Math.Min(match.End + 3, claim.EndToken), HeldEvents))
                    continue;
                // "soldiers were killed in an attack on their position": the ones killed did not make the attack, and its
                // maker, if named, follows "by".
                if (relation == RelationType.Attacks && cue.Direction is CueDirection.Active or CueDirection.Base && HarmedIn(context, claim, k) is var harmed and >= 0)
                {
                    // "were killed in an Israeli strike": a maker named inside the phrase of the act.
                    if (MakerIn(context, harmed + 1, k) is { } maker && Subject(context, claim, harmed, relation, [maker]) is { } victim)
                        AddRelation(claim, maker, relation, victim, denied);
                    continue;
                }
                if (relation == RelationType.Attacks && MeansOfHarmDone(context, claim, k))
                    continue;
                // "blamed the attack on X": the one blamed is named after "on"; no one attacks X.
                if (relation == RelationType.Attacks && BlamedActBefore(context, claim.SpanFirst, k))
                    continue;
                // "the killing of its commander by Israel": the act named by a verb's -ing form has its doer after "by".
                if (relation == RelationType.Attacks && IsNominalAct(context, k, match.End))
                {
                    NominalActBy(context, claim, match.End + 1, denied);
                    continue;
                }
                // "an invasion of Kenyan territory by Ugandan troops": so has a noun of attack; and with "the" before it and
                // no "by" after ("condemned the shelling of Kenyan positions") the act has no doer.
                if (relation == RelationType.Attacks && cue.Phrase.EndsWith(" of", StringComparison.Ordinal)
                    && (NominalActBy(context, claim, match.End, denied) || context.IsWord(k - 1, "the")))
                    continue;
                // "struck hideouts in X": the ground of what an attack hit is not the attacker's.
                if (relation == RelationType.PresentIn && AttackedBefore(context, claim.FirstToken, k))
                    continue;
                // "vowed to fight against X" threatens X; "plans to attack X", "any attack by X" assert nothing yet.
                if (relation == RelationType.Attacks && cue.Direction is CueDirection.Active or CueDirection.Base or CueDirection.Agent)
                {
                    var intent = IntentBefore(context, claim.FirstToken, k);
                    if (intent == Intent.Plan || intent == Intent.Threat && cue.Direction == CueDirection.Agent)
                        continue;
                    if (intent == Intent.Threat)
                        relation = RelationType.Threatens;
                }
                // "its sovereignty was violated": a label in the passive voice names the victim first.
                if (cue.Direction == CueDirection.Label && (context.Tokens[k].IsCapitalised || match.End - k == 1 && InPassiveVoice(context, k)))
                    continue;
                // "control lies with the Arakan Army", "where the danger lies.": the verb, not the noun of a charge.
                if (cue.Direction == CueDirection.Label && context.IsWord(k, "lies")
                    && (context.IsAnyWord(match.End, WhereSomethingLies) || match.End >= claim.EndToken || !context.Tokens[match.End].IsWordLike))
                    continue;
                if (cue.Direction == CueDirection.Label)
                {
                    // "Kyiv accused Moscow of war crimes": the label is the charge of an accusation already read.
                    if (claim.Relations.Exists(r => r.Type == RelationType.Accuses) || claim.Denied.Exists(r => r.Type == RelationType.Accuses))
                        continue;
                    // "will respond to any aggression by X": a charge only supposed is laid on no one.
                    if (context.IsAnyWord(k - 1, SupposedCharges))
                        continue;
                    // "What the ELN has committed are war crimes": the speaker accuses the actor the claim names.
                    var accuser = claim.Speaker.Entity ?? SpeakerSide(claim);
                    // "in violation of the notice" is a rule broken, no charge.
                    var violation = cue.Phrase.StartsWith("violation", StringComparison.Ordinal);
                    if (violation && context.IsWord(k - 1, "in"))
                        continue;
                    // "a brutal Zambian aggression": a demonym right before the label names the state it blames.
                    var accused = violation ? ViolatorBefore(context, claim, k, accuser)
                        : DemonymRightBefore(context, k, accuser) ?? FirstActor(context, claim, accuser)
                                  ?? (LabelsAnAct(context, claim, k) ? LastAttacker(context, claim, accuser) : null);
                    // "X has declared Y a criminal group": the one who names accuses the one named.
                    if (NamingVerbBefore(context, claim, k) is var naming and >= 0
                        && NamerBefore(context, naming) is { } namer
                        && FirstActorBetween(context, naming + 1, k, namer) is { } named)
                        (accuser, accused) = (namer, named);
                    // "Iran has the right to defend itself against acts of aggression": the one defending is the victim.
                    if (accused is not null && DefendsBefore(context, claim, k))
                        continue;
                    if (accuser is not null && accused is not null)
                        AddRelation(claim, accuser, relation, accused, denied);
                    continue;
                }
                // "attacks from the regime in X against Y": a noun of attack with its doer after "from" and a target.
                if (cue.Direction == CueDirection.Agent || relation == RelationType.PresentIn && cue.Phrase.EndsWith(" from", StringComparison.Ordinal)
                    && context.IsAnyWord(k, AttackNouns) && TargetMarker(context, match.End, claim.EndToken) >= 0)
                {
                    if (cue.Direction != CueDirection.Agent)
                        relation = RelationType.Attacks;
                    Agent(context, claim, k, match.End, relation, denied);
                    continue;
                }
                if (cue.Direction is CueDirection.Mutual or CueDirection.Between)
                {
                    var parties = cue.Direction == CueDirection.Between
                        ? Objects(context, match.End, claim.EndToken, relation, actorsOnly: true)
                        : Coordinated(context, claim, k);
                    // "X and Y have been in contact": a state of contact holds between sides listed together, not any two named before.
                    if (parties.Count >= 2 && relation == RelationType.InContactWith
                        && (context.IsAnyWord(k, BeForms) || context.IsWord(k, "remain") || context.IsWord(k, "remained"))
                        && !context.IsWord(SidesJoin(context, parties, k), "and"))
                        parties = [];
                    if (parties.Count < 2 && cue.Direction == CueDirection.Mutual && TwoSidesBefore(context, claim, k))
                        parties = TwoSides(context, claim);
                    if (parties.Count < 2 && cue.Direction == CueDirection.Between && PairedDemonyms(context, match.End, claim.EndToken) is { Count: 2 } pair)
                        parties = pair;
                    // "it had signed a ceasefire agreement with X": one side before the cue, the other after "with".
                    if (parties.Count < 2 && cue.Direction == CueDirection.Mutual && context.IsWord(match.End, "with")
                        && Objects(context, match.End + 1, claim.EndToken, relation, actorsOnly: true) is { Count: > 0 } others
                        && Subject(context, claim, k, relation, others) is { } side)
                        parties = [side, .. others];
                    // "a delegation met the defence minister", "Kenya accepted the LRA's offer", "met his Ugandan counterpart":
                    // one side before the cue, the other its object.
                    if (parties.Count < 2 && cue.Direction == CueDirection.Mutual && relation is RelationType.InContactWith or RelationType.NegotiatesWith
                        && (context.MentionAt(match.End) is not null || TitledOfficialAt(context, match.End, claim.EndToken) >= 0
                            || (context.IsWord(match.End, "the") || context.IsAnyWord(match.End, HolderPossessives)) && context.MentionAt(match.End + 1) is not null)
                        && Objects(context, match.End, claim.EndToken, relation, actorsOnly: true) is { Count: > 0 } met
                        && Subject(context, claim, k, relation, met) is { } party)
                        parties = [party, .. met];
                    for (var p = 1; p < parties.Count; p++)
                    {
                        AddRelation(claim, parties[0], relation, parties[p], denied);
                        // "Hamas and Fatah clashed", "fighting between Hamas and Fatah": a fight between two sides goes both ways.
                        if (relation == RelationType.Attacks)
                            AddRelation(claim, parties[p], relation, parties[0], denied);
                    }
                    continue;
                }
                if (cue.Direction == CueDirection.Active && DescribedGroupRelation(context, claim, k, match.End, relation, denied))
                    continue;
                // "lost control of Idlib province to HTS": the one who lost does not hold the place; the one it went to does.
                if (relation == RelationType.Controls && context.IsAnyWord(k - 1, LossVerbs))
                {
                    LostTo(context, claim, match.End, denied);
                    continue;
                }
                // "targeted two ships linked to Israel": a participle right after a common noun describes that noun.
                if (DescribesCommonNoun(context, k, match.End))
                    continue;
                if (cue.Direction == CueDirection.Base && !AfterAuxiliary(context, k) && !AfterPluralSubject(context, k))
                    continue;
                if (cue.Direction == CueDirection.PassivePrefix && (k == 0 || !context.Tokens[k - 1].Is('-')))
                    continue;
                // "the groups are armed and directed by Iran": a passive participle whose doer follows a second participle.
                var sharedAgent = cue.Direction == CueDirection.Active && InPassiveVoice(context, k) ? CoordinatedAgent(context, match.End, claim.EndToken) : -1;
                // "will not be allowed to threaten", "were armed": a verb in the passive voice names no doer.
                if (cue.Direction == CueDirection.Active && match.End - k == 1 && InPassiveVoice(context, k) && sharedAgent < 0)
                    continue;
                EntityDraft? subject;
                List<EntityDraft> objects;
                // "received armed drones from X": a participle before a word for weapons describes them; "training from
                // X" names the giver after "from", never a receiver.
                if (match.End - k == 1 && context.Tokens[k].Key.EndsWith("ed", StringComparison.Ordinal) && context.IsAnyWord(k + 1, Goods)
                    || relation == RelationType.Supports && cue.Direction == CueDirection.Active && context.IsWord(match.End, "from"))
                    continue;
                // "struck Hezbollah targets": a plural noun after the object is no verb of its own.
                if (match.End - k == 1 && NounAfterObject(context, k))
                    continue;
                // "evacuating wounded soldiers": harm before a bare noun describes that noun.
                if (match.End - k == 1 && context.IsAnyWord(k, HarmAdjectives) && context.Tokens[match.End] is { Kind: TokenKind.Word, Case: TokenCase.Lower }
                    && !context.IsAnyWord(match.End, Words.Determiners))
                    continue;
                if (cue.Direction == CueDirection.Passive || sharedAgent >= 0)
                {
                    if (sharedAgent >= 0)
                        (match, coveredUntil) = (new TrieMatch<Cue>(k, sharedAgent, match.Values), sharedAgent);
                    // "seized heavy weapons from the army": goods taken from a side are no help it gave.
                    if (relation == RelationType.Supports && TakenBefore(context, claim, k))
                        continue;
                    // "backed by Iran and Qatar": every doer after "by".
                    var doers = Objects(context, match.End, claim.EndToken, relation, actorsOnly: true);
                    // "carried out with the support of X": help given to whoever acted, else to the speaker's side.
                    var helped = cue.Phrase.StartsWith("with ", StringComparison.Ordinal);
                    // "Helmand province fell to the Taliban", "areas of Yemen controlled by the Houthis": a place held is named before.
                    if (relation.TargetsPlace() && PlaceBefore(context, claim, k) is { } held)
                    {
                        foreach (var doer in doers)
                            AddRelation(claim, doer, relation, held, denied);
                        continue;
                    }
                    if ((RelativeAntecedent(context, claim, k, afterBe: true) ?? Subject(context, claim, k, relation, doers)
                         ?? (helped ? SpeakerSide(claim) : null) ?? SoldiersBefore(context, claim, k)
                         ?? (relation == RelationType.Attacks ? FightersBefore(context, claim, k, doers) : null)) is { } patient)
                    {
                        // "al-Shabaab and the LRA are armed by X": every side listed before the passive verb.
                        foreach (var side in CoordinatedWith(context, claim, patient, k).Prepend(patient))
                        {
                            foreach (var doer in doers)
                            {
                                if (doer != side)
                                    AddRelation(claim, doer, relation, side, denied);
                            }
                        }
                    }
                    continue;
                }
                else
                {
                    objects = Objects(context, match.End, claim.EndToken, relation, actorsOnly: false);
                    // "X and Y have been fighting for years": a fight with no object is between the sides listed before it.
                    // "X split from Y and the two have fought each other since": "the two" are the last two actors named.
                    if (objects.Count == 0 && relation == RelationType.Attacks && context.IsAnyWord(k, FightWords) && TheTwoBefore(context, claim, k) is { Count: 2 } pair
                        && !context.IsWord(match.End, "together"))
                    {
                        AddRelation(claim, pair[0], relation, pair[1], denied);
                        AddRelation(claim, pair[1], relation, pair[0], denied);
                        continue;
                    }
                    if (objects.Count == 0 && relation == RelationType.Attacks && context.IsAnyWord(k, FightWords) && Coordinated(context, claim, k) is { Count: 2 } sides
                        && context.IsWord(SidesJoin(context, sides, k), "and") && !context.IsAnyWord(match.End, Words.Locatives) && !context.IsWord(match.End, "together"))
                    {
                        AddRelation(claim, sides[0], relation, sides[1], denied);
                        AddRelation(claim, sides[1], relation, sides[0], denied);
                        continue;
                    }
                    // "Iran-backed militant groups operating in Syria": the prefix describes the noun right after it;
                    // a common noun there is no named actor.
                    if ((cue.Direction == CueDirection.PassivePrefix || k > 0 && context.Tokens[k - 1].Is('-')) && !relation.TargetsPlace()
                        && !NamedRightAfter(context, match.End, claim.EndToken))
                        objects.Clear();
                    // "civilians they accuse of collaborating with the army": the doer of a charged act is the one accused,
                    // and one the article does not name asserts nothing.
                    if (ChargedWithAct(context, claim, k, out var charged))
                    {
                        if (charged is null || objects.Contains(charged))
                            continue;
                        foreach (var obj in objects)
                            AddRelation(claim, charged, relation, obj, denied);
                        continue;
                    }
                    // "a splinter faction of the LRA had attacked …": an unnamed part that opens the claim is its subject, not
                    // a member the speaker names; it acts for the whole, read elsewhere.
                    if (relation == RelationType.PartOf && UnnamedOpening(context, Math.Max(claim.FirstToken, Attribution(claim)), k))
                        continue;
                    // "ambushed a convoy of the army and its Russian allies, killing 50 men": a participle after a comma shares
                    // the subject of the act before it, not an actor inside that act's object.
                    subject = (CommaParticiple(context, claim, k) ? LastDoer(claim, objects) ?? ParticipleSubject(context, claim, k, objects) : null)
                              ?? Subject(context, claim, k, relation, objects) ?? RelativeAntecedent(context, claim, k, afterBe: false)
                              ?? DescribedAntecedent(context, claim, k, objects)
                              ?? Accused(context, claim) ?? DenierOf(context, claim) ?? QuoteOpener(context, claim, k) ?? ObjectOfSaying(context, claim, k, objects)
                              ?? ParticipleSubject(context, claim, k, objects) ?? InfinitiveOfSpeaker(context, claim, k, objects)
                              ?? AscribedTo(context, match.End, context.SentenceOf(k).EndToken, objects);
                    // "… Hezbollah to fight alongside it": "it" is the clause's first actor.
                    // "resigned as vice-president of X": the office left is read as an unnamed official of X.
                    if (objects.Count == 0 && cue.Phrase.EndsWith(" as", StringComparison.Ordinal)
                        && context.MentionAt(match.End) is { Form: MentionForm.Unnamed, Entity: { IsActor: true, Kind: not EntityKind.Official } office })
                        objects.Add(office);
                    // "Idlib province, which HTS controls": the antecedent of a relative clause whose subject is named is its object.
                    if (objects.Count == 0 && subject is not null && RelativeObject(context, claim, k, subject, relation) is { } antecedent)
                        objects.Add(antecedent);
                    if (objects.Count == 0 && !relation.TargetsPlace() && context.IsAnyWord(match.End, ObjectPronouns) && !PronounSubject(context, claim, k)
                        && (PluralReferent(context, claim, match.End, subject) ?? FirstActor(context, claim, subject)) is { } referent)
                        objects.Add(referent);
                    // "Rabat accuses it of attacking civilians": the group named before.
                    if (objects.Count == 0 && relation == RelationType.Accuses && context.IsAnyWord(match.End, ObjectPronouns) && subject is not null
                        && Antecedent(context, k, [subject]) is { } accused)
                        objects.Add(accused);
                    // "pursue its remaining fighters", "ambushed its soldiers": the side a possessive stands for.
                    if (objects.Count == 0 && relation is RelationType.Attacks or RelationType.Threatens && context.IsAnyWord(match.End, Possessives)
                        && PossessedSide(context, match.End + 1, claim.EndToken) && Possessor(context, claim, match.End, subject) is { } possessor)
                        objects.Add(possessor);
                    // '"works alongside our forces"', "has armed our fighters": "our" side in a reported quote is the speaker's.
                    if (objects.Count == 0 && !relation.TargetsPlace() && context.IsWord(match.End, "our") && context.IsAnyWord(match.End + 1, SideNouns)
                        && SpeakerSide(claim) is { } ours && ours != subject)
                        objects.Add(ours);
                    // "we fired on them": with no actor in the claim, "them" is the group named before.
                    if (objects.Count == 0 && !relation.TargetsPlace() && context.IsWord(match.End, "them") && subject is not null
                        && (PluralReferent(context, claim, match.End, subject) ?? Antecedent(context, k, [subject])) is { } group)
                        objects.Add(group);
                    // "our units struck the enemy", "targeted enemy bases": the side the subject fights.
                    if (objects.Count == 0 && relation is RelationType.Attacks or RelationType.Threatens && subject is not null
                        && EnemyAt(context, match.End, claim.EndToken) && Opponent(context, subject) is { } enemy)
                        objects.Add(enemy);
                    // "Mali withdrew from ECOWAS": leaving cuts ties only with a body one belongs to, not with a country
                    // whose ground one leaves ("withdrew from Somalia").
                    if (relation == RelationType.CutTiesWith && context.IsAnyWord(k, LeavingVerbs))
                        objects.RemoveAll(o => o.Kind != EntityKind.Organisation);
                    // "it was leaving the CPC": a group or body named at once; not "left the town to the LRA", not a country.
                    if (relation == RelationType.CutTiesWith && context.IsAnyWord(k, LeftVerbs)
                        && (context.MentionAt(context.IsWord(match.End, "the") ? match.End + 1 : match.End) is not { Entity.Kind: EntityKind.Organisation or EntityKind.Group } left
                            || left.FirstToken > match.End + 1))
                        objects.Clear();
                    // "the LRA's northern wing had broken away from the group", "a faction of the LRA split from the movement":
                    // a part of the object acts, which the article does not name; say nothing.
                    if (subject is not null && objects.Contains(subject) && OwnsTheSubject(context, Attribution(claim), k, subject))
                        continue;
                    // "the group was breaking its ties with al-Qaeda": a description that would point at the
                    // object itself stands for the speaker's side.
                    if (subject is not null && objects.Contains(subject))
                        subject = SpeakerSide(claim) is { } side && !objects.Contains(side) ? side : Antecedent(context, k, objects);
                    foreach (var partner in CoordinatedWith(context, claim, subject, k))
                    {
                        foreach (var obj in objects)
                            AddRelation(claim, partner, relation, obj, denied);
                    }
                }
                if (subject is null || relation == RelationType.PresentIn && AboutBetween(context, subject, k))
                    continue;
                // "repelled Ukrainian attacks": the attacks fended off were the object's.
                if (relation == RelationType.Attacks && context.IsAnyWord(k, Responses) && AttackOf(context, match.End, claim.EndToken) is { } attacker)
                {
                    AddRelation(claim, attacker, relation, subject, denied);
                    continue;
                }
                // "captured a military base", "overran an army outpost": taking a force's holding is an attack on the force.
                if (relation == RelationType.Controls && cue.Direction == CueDirection.Active && HoldingTaken(context, match.End, claim.EndToken) is { } holder
                    && holder != subject)
                    AddRelation(claim, subject, RelationType.Attacks, holder, denied);
                foreach (var obj in objects)
                    AddRelation(claim, subject, relation == RelationType.Controls && HeldWithin(context, match.End, claim.EndToken, obj) ? RelationType.PresentIn : relation, obj, denied);
            }
        }
    }

    // The force whose holding ("a military base", "an army outpost") is the object right after a verb of taking.
    private static EntityDraft? HoldingTaken(ArticleContext context, int from, int end)
    {
        var i = from;
        if (context.IsWord(i, "control") && context.IsWord(i + 1, "of"))
            i += 2;
        return i < end && context.IsAnyWord(i, IndefiniteArticles) ? ForceNounObject(context, i + 1, end, out _, out _) : null;
    }

    // "had taken control of military facilities in the city of Voronezh": what is held lies in the place, which is
    // where the actor is, not what it holds.
    private static bool HeldWithin(ArticleContext context, int from, int end, EntityDraft place)
    {
        for (var i = from; i < end; i++)
        {
            if (context.MentionAt(i) is { } m && m.Entity == place)
            {
                var before = m.FirstToken - 1;
                while (before > from && context.IsAnyWord(before, Words.Determiners))
                    before--;
                if (!context.IsWord(before, "in") && !context.IsWord(before, "near") && !context.IsWord(before, "outside") && !context.IsWord(before, "around")
                    && !(context.IsWord(before, "of") && context.IsAnyWord(before - 1, Settlements) && context.IsWord(before - 2, "the") && context.IsWord(before - 3, "in")))
                    return false;
                return before > from;
            }
        }
        return false;
    }

    // Whether the noun at <paramref name="noun"/> is the object of a verb of attack ("struck the group's hideouts in").
    private static bool AttackedBefore(ArticleContext context, int first, int noun)
    {
        var i = noun - 1;
        while (i > first && (context.IsAnyWord(i, Words.Determiners) || context.Tokens[i].Kind == TokenKind.Number))
            i--;
        return i >= first && context.Cues(i).Any(c => c.Kind == CueKind.Relation && c.Relation == RelationType.Attacks && c.Direction == CueDirection.Active);
    }

    // Ships are left out: a ship under a flag is seldom the state's own.
    private static readonly WordSet StateWorks =
    [
        "city", "cities", "town", "towns", "port", "ports", "airport", "airports", "refinery", "refineries", "infrastructure",
        "energy", "power", "capital", "villages", "village", "territory", "soil", "airspace",
    ];

    private static readonly WordSet StateActs =
    [
        "attack", "attacks", "aggression", "strikes", "assault", "assaults", "offensive", "incursion", "positions", "bombardment",
        "troops", "soldiers", "forces", "army", "military", "navy", "police", "base", "bases", "convoy", "convoys", "patrol",
        "patrols", "post", "posts", "outpost", "outposts", "warship", "warships", "jets", "aircraft",
        "intelligence", "security", "targets", "interests", "installations", "officials", "authorities", "checkpoints",
        "drone", "drones", "warplane", "warplanes", "helicopter", "helicopters", "jet", "tank", "tanks", "vessel", "vessels",
        "units", "personnel", "embassy", "consulate", "guards",
    ];

    private static readonly WordSet HarmAdjectives = ["wounded", "injured"];

    // "further aggression" tells of aggression before; these words do not.
    private static readonly WordSet SupposedCharges = ["any", "possible", "potential", "future"];

    private static readonly WordSet LeavingVerbs = ["withdrew", "withdraws", "withdrawing", "withdrawn", "withdraw", "quit", "quits", "quitting", "pulled", "pulls", "pulling", "pull"];

    // "left the coalition", "is leaving the CPC": a body named right after the verb, as a member leaves it.
    private static readonly WordSet LeftVerbs = ["left", "leaving", "leaves"];

    private static readonly WordSet SeveringVerbs =
    [
        "cut", "cuts", "cutting", "severed", "sever", "severs", "severing", "broke", "broken", "break", "breaks", "breaking", "ended", "end", "ends",
        "ending", "suspended", "suspend", "suspends", "suspending", "froze", "freeze", "freezes", "halted", "halt", "halts",
        "terminated", "terminate", "terminates", "terminating", "scrapped", "scrap", "scraps", "scrapping", "cancelled", "canceled",
        "cancel", "cancels", "cancelling", "revoked", "revoke", "revokes", "revoking", "tore", "tear", "tears", "tearing",
    ];

    // The nouns of a standing tie that a severing verb can end.
    private static readonly WordSet TieNouns =
    [
        "agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts", "treaty", "treaties", "cooperation",
        "partnership", "alliance",
    ];

    // A verb that ends ties within four words before a cue of contact ("severed all remaining contacts with").
    private static bool SeveredBefore(ArticleContext context, int first, int cue)
    {
        for (var i = cue - 1; i >= first && i >= cue - 4; i--)
        {
            if (context.IsAnyWord(i, SeveringVerbs))
                return true;
            if (!context.Tokens[i].IsWordLike || context.MentionAt(i) is not null)
                return false;
        }
        return false;
    }

    private static readonly WordSet BlameVerbs = ["blamed", "blames", "blame", "blaming", "pinned", "pins", "pin", "pinning"];

    // "blamed the attack on", "blaming Sunday's bombing on": a blame verb before the noun of the act at <paramref name="cue"/>.
    private static bool BlamedActBefore(ArticleContext context, int first, int cue)
    {
        for (var i = cue - 1; i >= first && i >= cue - 4; i--)
        {
            if (context.IsAnyWord(i, BlameVerbs))
                return true;
            if (!context.Tokens[i].IsWordLike && !context.Tokens[i].Is('\''))
                return false;
        }
        return false;
    }

    private static readonly WordSet PortionWords =
    [
        "took", "taken", "take", "takes", "seized", "seize", "captured", "capture", "occupied", "occupy", "occupies", "controls", "controlled",
        "hold", "holds", "held", "overran", "overrun", "retook", "retaken", "recaptured", "large", "larger", "small", "smaller", "most", "much",
        "big", "bigger", "significant", "substantial", "key",
    ];

    private static readonly WordSet AttackNouns =
    [
        "attack", "attacks", "strikes", "assaults", "raids", "shelling", "bombardment",
    ];

    private static readonly WordSet Settlements = ["city", "town", "village", "region", "province", "district"];

    // After "armed" in "armed and directed by X", "trained, armed and funded by X": the token after "by", or -1.
    private static int CoordinatedAgent(ArticleContext context, int from, int end)
    {
        var i = from;
        for (var participles = 0; participles < 3 && i + 1 < end; participles++)
        {
            if (context.Tokens[i].Is(','))
                i++;
            if (context.IsWord(i, "and") || context.IsWord(i, "or"))
                i++;
            if (i >= end || context.Tokens[i] is not { Kind: TokenKind.Word, Case: TokenCase.Lower } t || !t.Key.EndsWith("ed", StringComparison.Ordinal))
                return -1;
            i++;
            if (context.IsWord(i, "by"))
                return i + 1;
        }
        return -1;
    }

    // "in an Israeli strike", "in a JNIM ambush": the actor named in the phrase of an act, demonyms included.
    private static EntityDraft? MakerIn(ArticleContext context, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (context.MentionAt(i) is { Entity: { IsActor: true } e, Form: not MentionForm.Unnamed })
                return e;
        }
        return null;
    }

    private static bool CommaParticiple(ArticleContext context, ClaimDraft claim, int k) =>
        k > claim.FirstToken && context.Tokens[k - 1].Is(',') && context.Tokens[k] is { Kind: TokenKind.Word, Case: TokenCase.Lower } t
        && t.Key.EndsWith("ing", StringComparison.Ordinal);

    private static EntityDraft? LastDoer(ClaimDraft claim, List<EntityDraft> objects) =>
        claim.Relations.Count > 0 && claim.Relations[^1].From is var doer && !objects.Contains(doer) ? doer : null;

    private static void AddRelation(ClaimDraft claim, EntityDraft subject, RelationType relation, EntityDraft obj, bool denied)
    {
        var list = denied ? claim.Denied : claim.Relations;
        if (obj != subject && !list.Contains((subject, relation, obj)))
            list.Add((subject, relation, obj));
    }

    // "in a strike", "with an air strike": a noun of attack that tells how the clause's verb was done.
    private static bool MeansPhrase(ArticleContext context, int cue)
    {
        var i = cue - 1;
        if (context.Tokens.Count > i && i >= 0 && context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } && !context.IsAnyWord(i, Words.Determiners))
            i--;
        return context.IsAnyWord(i, Words.Determiners) && (context.IsWord(i - 1, "in") || context.IsWord(i - 1, "with"));
    }

    private static readonly WordSet FightWords = ["fighting", "fought", "battling", "battled", "clashing", "clashed", "fight"];

    // The token right after the first of two sides listed before a cue ("X and Y have been fighting"), or -1.
    private static int SidesJoin(ArticleContext context, List<EntityDraft> sides, int cue)
    {
        for (var i = cue - 1; i >= 0 && i >= cue - MaxSubjectDistance; i--)
        {
            if (context.MentionAt(i) is { } m && m.Entity == sides[0])
                return m.EndToken;
        }
        return -1;
    }

    // "Israel and Hamas have reached a deal": the actors listed together just before the cue.
    private static List<EntityDraft> Coordinated(ArticleContext context, ClaimDraft claim, int cue)
    {
        var parties = new List<EntityDraft>();
        var first = Math.Max(claim.FirstToken, Attribution(claim));
        var sideStart = cue;
        for (var i = cue - 1; i >= first && i >= cue - MaxSubjectDistance; i--)
        {
            var t = context.Tokens[i];
            if (context.MentionAt(i) is { Entity: { IsActor: true } e } m)
            {
                // "Kenyan Foreign Minister X met …": sides that meet are listed with "and" or a comma between them; the
                // country of an official's title is no second side.
                if (parties.Count > 0 && !parties.Contains(e) && !JoinedToNext(context, m.EndToken, sideStart))
                    break;
                if (!parties.Contains(e))
                    parties.Insert(0, e);
                i = sideStart = m.FirstToken;
                continue;
            }
            // 'X and Y "have clashed every day"': a quoted fragment of a reported clause keeps its subjects.
            if (t.Is('"') && claim.Form != ClaimForm.DirectQuote)
                continue;
            if (t.Is(';') || t.Is('"') || t.IsWordLike && Words.ClauseOpeners.Contains(t, context.Gazetteer.Words) && t.Key != "as")
                break;
        }
        return parties;
    }

    // "met his Ugandan counterpart": the one met is named after the holder's pronoun.
    private static readonly WordSet HolderPossessives = ["his", "her", "its", "their"];

    // Whether the words from a listed side's end to the next side hold "and", "or" or a comma.
    private static bool JoinedToNext(ArticleContext context, int from, int next)
    {
        for (var i = from; i < next; i++)
        {
            if (context.Tokens[i].Is(',') || context.Tokens[i].Is('&') || context.IsWord(i, "and") || context.IsWord(i, "or"))
                return true;
        }
        return false;
    }

    private static Cue? FirstRelationCue(IReadOnlyList<Cue> cues)
    {
        foreach (var cue in cues)
        {
            if (cue.Kind == CueKind.Relation)
                return cue;
        }
        return null;
    }

    private static bool TalksAfter(ArticleContext context, int from, int end)
    {
        for (var i = from; i < end && i < from + 16; i++)
        {
            if (context.IsAnyWord(i, TalkWords))
                return true;
            if (context.Tokens[i].Is(';') || context.IsWord(i, "and") && context.HasCue(i + 1, CueKind.Relation))
                return false;
        }
        return false;
    }

    private static readonly WordSet TalkWords = ["talks", "negotiations", "negotiate", "negotiating", "bargaining"];

    private static int Attribution(ClaimDraft claim) => claim.Verb >= 0 && claim.Verb < claim.FirstToken ? claim.FirstToken : 0;
}

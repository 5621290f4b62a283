using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// Threats without a verb of threatening: a price promised ("X will pay dearly") or force promised until the other yields.
internal static partial class RelationFinder
{
    private static readonly WordSet FutureModals = ["will", "would", "shall", "'ll"];

    private static readonly WordSet PriceAdjectives =
    [
        "heavy", "heavier", "high", "higher", "steep", "terrible", "dear", "painful", "bitter", "huge", "severe",
    ];

    private static readonly WordSet MakeVerbs = ["make", "makes", "made", "making"];

    private static readonly WordSet PenaltyNouns =
    [
        "reckoning", "retaliation", "response", "consequences", "punishment", "retribution", "revenge", "vengeance", "wrath", "reprisals",
    ];

    private static readonly WordSet PenaltyAdjectives =
    [
        "harsh", "harsher", "severe", "decisive", "crushing", "strong", "swift", "just", "devastating", "dire", "grave", "serious",
        "full", "forceful", "firm", "painful", "bitter", "terrible", "heavy",
    ];

    // "face a harsh reckoning", "face severe consequences": a penalty after "face", past its article and grading words.
    private static bool PenaltyAfter(ArticleContext context, ClaimDraft claim, int face)
    {
        var i = face + 1;
        if (context.IsWord(i, "a") || context.IsWord(i, "the") || context.IsWord(i, "its") || context.IsWord(i, "their"))
            i++;
        while (i < claim.EndToken && i <= face + 5 && context.IsAnyWord(i, PenaltyAdjectives))
            i++;
        return context.IsAnyWord(i, PenaltyNouns);
    }

    /// <summary>"X will pay a heavy price", "we will make X pay dearly": the speaker's side threatens X.</summary>
    private static void PriceToPayAt(ArticleContext context, ClaimDraft claim, int k)
    {
        var i = k + 1;
        if (context.IsWord(i, "a") || context.IsWord(i, "the"))
            i++;
        if (context.IsAnyWord(i, PriceAdjectives))
            i++;
        if (context.IsWord(k + 1, "dearly") || i > k + 1 && context.IsWord(i, "price"))
            PayerThreatened(context, claim, k);
    }

    /// <summary>
    /// The one who will pay or face a penalty at verb <paramref name="k"/> ("X will pay a heavy price", "X would face a
    /// harsh reckoning"): the speaker's side threatens it.
    /// </summary>
    private static void PayerThreatened(ArticleContext context, ClaimDraft claim, int k)
    {
        // "X will pay", "X will certainly pay": the payer stands right before the modal; "make X pay": right before "pay".
        var before = k - 1;
        if (before <= claim.FirstToken)
            return;
        if (context.Tokens[before].Key.EndsWith("ly", StringComparison.Ordinal))
            before--;
        int payer;
        if (context.IsAnyWord(before, FutureModals))
            payer = before - 1;
        else if (context.MentionAt(k - 1) is { } made && context.IsAnyWord(WordBefore(context, made), MakeVerbs))
            payer = k - 1;
        else
            return;
        // "the LRA fighters will pay", "the LRA attackers will not go unpunished": the name before its members' noun.
        if (context.MentionAt(payer) is null && context.Tokens[payer] is { Kind: TokenKind.Word, Case: TokenCase.Lower }
            && context.MentionAt(payer - 1) is { EndToken: var end } && end == payer)
            payer--;
        if (payer < claim.FirstToken || context.MentionAt(payer) is not { Entity: { IsActor: true } target } m
            || m.Form is MentionForm.Unnamed or MentionForm.Demonym || InCondition(context, claim.FirstToken, k))
            return;
        if (ThreatSide(claim) is not { } side || side == target || OwnState(side, target))
            return;
        AddRelation(claim, side, RelationType.Threatens, target, DeniedAt(context, claim, k));
    }

    // What makes force go on a promise rather than a past event ("the shelling did not stop until they surrendered"):
    // a modal of the future ("will", "won't") or a vow.
    private static readonly WordSet GoingOnWords = ["will", "would", "shall", "'ll", "won", "vowed", "vows", "vow", "pledged", "pledges", "determined"];

    private static readonly WordSet YieldVerbs =
    [
        "surrenders", "surrendered", "surrender", "disarms", "disarmed", "disarm", "capitulates", "capitulated", "capitulate",
        "lays", "laid", "lay",
    ];

    /// <summary>
    /// "the attacks would not stop until X surrendered", "operations will continue until X lays down its arms":
    /// force promised until an actor yields threatens that actor; the one who promises is the speaker's side.
    /// </summary>
    private static void UntilYieldAt(ArticleContext context, ClaimDraft claim, int k)
    {
        var promise = PromiseBefore(context, claim, k);
        // "the regional government would back every operation until X surrenders": the promise's subject makes it; a
        // subject that names no actor leaves it to the speaker's body, not to the official himself.
        if (promise < 0 || (Subject(context, claim, promise, RelationType.Threatens, []) ?? SpeakerSide(claim)) is not { } side)
            return;
        if (LastFighterDefeated(context, claim, k))
        {
            if (MostNamedGroup(context, side) is { } group)
                AddRelation(claim, side, RelationType.Threatens, group, claim.DeniedByVerb);
            return;
        }
        var yielded = -1;
        for (var i = k + 1; i < claim.EndToken && i <= k + 10 && yielded < 0; i++)
        {
            if (context.Tokens[i].Is('.') || context.Tokens[i].Is(';') || context.Tokens[i].Is(','))
                return;
            // "lays down its arms": "lay" only with "down" is a yielding.
            if (context.IsAnyWord(i, YieldVerbs) && context.MentionAt(i) is null
                && (!context.Tokens[i].Key.StartsWith("la", StringComparison.Ordinal) || context.IsWord(i + 1, "down")))
                yielded = i;
        }
        if (yielded < 0)
            return;
        // "would not stop until": the negation is the threat itself, so only a denied verb of saying denies it.
        var denied = claim.DeniedByVerb;
        for (var i = k + 1; i < yielded; i++)
        {
            if (context.MentionAt(i) is not { } m)
                continue;
            i = m.EndToken - 1;
            // "until the commander of X surrenders": a leader yields for the body he leads.
            var target = BodyOf(m.Entity);
            if (target is not { IsActor: true } || m.Form == MentionForm.Demonym || m.Form == MentionForm.Unnamed && target == m.Entity)
                continue;
            if (target != side && !OwnState(side, target))
                AddRelation(claim, side, RelationType.Threatens, target, denied);
        }
    }

    private static readonly WordSet LastOfAGroup = ["terrorist", "fighter", "militant", "insurgent", "rebel", "jihadist", "bandit", "gunman", "militiaman"];

    private static readonly WordSet DefeatParticiples =
    [
        "neutralised", "neutralized", "eliminated", "killed", "defeated", "destroyed", "captured", "wiped", "crushed", "expelled",
        "driven", "dislodged", "eradicated",
    ];

    // "until the last terrorist is neutralised": force promised until a group's every member is gone.
    private static bool LastFighterDefeated(ArticleContext context, ClaimDraft claim, int until)
    {
        if (!context.IsWord(until + 1, "the") || !context.IsWord(until + 2, "last") || !context.IsAnyWord(until + 3, LastOfAGroup))
            return false;
        for (var i = until + 4; i < claim.EndToken && i <= until + 7; i++)
        {
            if (context.IsAnyWord(i, DefeatParticiples))
                return true;
        }
        return false;
    }

    // The word of promise in the clause before "until", or -1.
    private static int PromiseBefore(ArticleContext context, ClaimDraft claim, int until)
    {
        for (var i = until - 1; i >= claim.FirstToken && i >= until - 16; i--)
        {
            var t = context.Tokens[i];
            if (t.Is('.') || t.Is(';'))
                return -1;
            if (t.IsWordLike && GoingOnWords.Contains(t, context.Gazetteer.Words))
                return i;
        }
        return -1;
    }

    private static readonly WordSet FateWords = ["force", "consequences", "response", "retaliation", "retribution", "wrath", "justice"];

    /// <summary>
    /// "X will be crushed", "X would be hunted down", "X will face the full force of …": a fate promised to an actor
    /// threatens it; the one who promises is the speaker's side.
    /// </summary>
    private static void FatePromisedAt(ArticleContext context, ClaimDraft claim, int k)
    {
        int modal;
        if (context.IsWord(k, "face"))
        {
            modal = k - 1;
            var fate = false;
            for (var i = k + 1; i < claim.EndToken && i <= k + 5 && !fate; i++)
                fate = context.IsAnyWord(i, FateWords);
            if (!fate)
                return;
        }
        else
        {
            // "hunted down", "wiped out": the particle belongs to the verb; a bare "hunted" is no threat.
            if (context.IsWord(k, "hunted") && !context.IsWord(k + 1, "down") || context.IsWord(k, "wiped") && !context.IsWord(k + 1, "out")
                || !context.IsWord(k - 1, "be"))
                return;
            modal = k - 2;
        }
        // 'said the LRA "will be crushed …"': the quotation mark that opens the words quoted stands before the modal.
        var subject = modal - 1 >= claim.FirstToken && context.Tokens[modal - 1].Is('"') ? modal - 2 : modal - 1;
        if (!context.IsAnyWord(modal, FutureModals) || modal - 1 < claim.FirstToken || InCondition(context, claim.FirstToken, k)
            || context.MentionAt(subject) is not { Entity: { IsActor: true } target, Form: not (MentionForm.Unnamed or MentionForm.Demonym) })
            return;
        if (ThreatSide(claim) is not { } side || side == target || OwnState(side, target) || target.Kind == EntityKind.Official)
            return;
        AddRelation(claim, side, RelationType.Threatens, target, DeniedAt(context, claim, k));
    }

    private static readonly WordSet GiveVerbs = ["gave", "given", "give", "gives", "giving", "set", "sets", "setting", "issued", "handed"];

    /// <summary>
    /// "gave X an ultimatum", "set X a 48-hour deadline": the one who sets the terms threatens the one given them; the
    /// giver is the verb's subject, else the speaker's side.
    /// </summary>
    private static void UltimatumGivenAt(ArticleContext context, ClaimDraft claim, int k)
    {
        // Back over "a", "final", "48-hour" to the one given the ultimatum.
        var i = k - 1;
        while (i > claim.FirstToken && k - i <= 5 && context.MentionAt(i) is null
               && (context.IsAnyWord(i, Words.Determiners) || context.IsWord(i, "final") || context.IsWord(i, "hour") || context.IsWord(i, "day")
                   || context.Tokens[i].Kind is TokenKind.Number or TokenKind.Punctuation))
            i--;
        if (context.MentionAt(i) is not { Entity: { IsActor: true } target, Form: not (MentionForm.Unnamed or MentionForm.Demonym) } m
            || !context.IsAnyWord(WordBefore(context, m), GiveVerbs) || InCondition(context, claim.FirstToken, k))
            return;
        var give = WordBefore(context, m);
        var giver = Subject(context, claim, give, RelationType.Threatens, [target]) ?? ThreatSide(claim);
        if (giver is null || giver == target || OwnState(giver, target) || target.Kind == EntityKind.Official)
            return;
        AddRelation(claim, giver, RelationType.Threatens, target, DeniedAt(context, claim, give));
    }

    // Answers promised to a move: force ("met with", "answered") or a hostile reading ("considered an act of war").
    private static readonly WordSet AnswerVerbs =
    [
        "met", "answered", "countered", "confronted", "considered", "treated", "regarded", "deemed", "seen",
    ];

    private static readonly WordSet HostileAnswers =
    [
        "force", "forces", "response", "retaliation", "fire", "firmness", "strength", "war", "aggression", "hostile", "target",
        "targets", "combatant", "combatants", "enemy", "declaration",
    ];

    /// <summary>
    /// "any Ugandan attempt to … would be considered an act of war", "any LRA attack will be met with force": a hostile
    /// answer promised to whatever an actor may do threatens that actor; the one who promises is the speaker's side.
    /// </summary>
    private static void AnyMoveAnsweredAt(ArticleContext context, ClaimDraft claim, int k)
    {
        var first = context.IsWord(k + 1, "further") || context.IsWord(k + 1, "new") ? k + 2 : k + 1;
        if (context.MentionAt(first) is not { Entity: { IsActor: true } mover, Form: not MentionForm.Unnamed } m)
            return;
        var answered = false;
        for (var i = m.EndToken; i + 2 < claim.EndToken && i <= m.EndToken + 16 && !answered; i++)
        {
            if (context.Tokens[i].Is('.') || context.Tokens[i].Is(';'))
                return;
            if (!context.IsAnyWord(i, FutureModals) || !context.IsWord(i + 1, "be") || !context.IsAnyWord(i + 2, AnswerVerbs))
                continue;
            for (var j = i + 3; j < claim.EndToken && j <= i + 8 && !answered; j++)
                answered = context.IsAnyWord(j, HostileAnswers);
        }
        var target = BodyOf(mover);
        if (!answered || ThreatSide(claim) is not { } side || side == target || OwnState(side, target))
            return;
        // "any Indian attempt … would be considered an act of war": a move of a state is answered by a state, so a
        // state's committee or ministry that says so speaks for its state; a body of no known state is left unread.
        if (target.Kind == EntityKind.Country && side.Kind != EntityKind.Country)
        {
            if (context.Entities.Country(StateForces.CountryOf(side)) is not { } state || state == target)
                return;
            side = state;
        }
        AddRelation(claim, side, RelationType.Threatens, target, claim.DeniedByVerb);
    }

    private static readonly WordSet DemandModals = ["must", "should", "has", "have", "had"];

    /// <summary>
    /// "X must withdraw from the positions it seized or face further strikes": a demand backed by harm threatens the
    /// one it is made of; the one who demands is the speaker's side.
    /// </summary>
    private static void OrFaceAt(ArticleContext context, ClaimDraft claim, int k)
    {
        for (var i = k - 2; i > claim.FirstToken && i >= k - 20; i--)
        {
            if (context.Tokens[i].Is('.') || context.Tokens[i].Is(';'))
                return;
            var named = context.IsAnyWord(i, DemandModals) && !(context.Tokens[i].Key.StartsWith('h') && !context.IsWord(i + 1, "to")) ? i - 1
                : DemandedOf(context, i);
            if (named < 0)
                continue;
            if (context.MentionAt(named) is not { Entity: { IsActor: true } target, Form: not (MentionForm.Unnamed or MentionForm.Demonym) }
                || ThreatSide(claim) is not { } side || side == target || OwnState(side, target) || target.Kind == EntityKind.Official)
                return;
            AddRelation(claim, side, RelationType.Threatens, target, DeniedAt(context, claim, k));
            return;
        }
    }

    private static readonly WordSet DemandVerbs = ["demanded", "demands", "demanding", "demand", "insisted", "insists", "ordered", "orders", "told", "tells"];

    // "demanded that the LRA withdraw …", "ordered the LRA to withdraw …": where the one a demand is made of is named,
    // for the "that" or "to" at token i, or -1.
    private static int DemandedOf(ArticleContext context, int i)
    {
        if (context.IsWord(i, "that") && context.IsAnyWord(i - 1, DemandVerbs))
            return context.IsWord(i + 1, "the") ? i + 2 : i + 1;
        if (!context.IsWord(i, "to") || context.MentionAt(i - 1) is not { } m)
            return -1;
        var verb = m.FirstToken - 1;
        if (context.IsWord(verb, "the"))
            verb--;
        return context.IsAnyWord(verb, DemandVerbs) ? m.FirstToken : -1;
    }

    private static readonly WordSet PursuedPerpetrators = ["responsible", "behind", "perpetrators", "culprits", "attackers", "killers", "assailants"];

    // "will hunt down these criminals", "pursue the terrorists": fighters named by what they are, pursued only in a promise.
    private static readonly WordSet PursuedFighters = ["criminals", "terrorists", "bandits", "gunmen"];

    private static readonly WordSet PunitiveVerbs =
    [
        "punish", "punished", "pursue", "pursued", "hunt", "hunted", "track", "tracked", "avenge", "avenged", "action", "crush",
        "eliminate", "chase", "retaliate", "strike",
    ];

    /// <summary>
    /// "vowed to punish those responsible", "we will pursue those behind the raid", "would track down the perpetrators",
    /// "will hunt down these criminals": force promised against whoever did it threatens the armed group the article names
    /// most, other than the speaker's.
    /// </summary>
    private static void PerpetratorsPursuedAt(ArticleContext context, ClaimDraft claim, int k)
    {
        var fighters = context.IsAnyWord(k, PursuedFighters);
        var opener = context.IsWord(k - 1, "those") || context.IsWord(k - 1, "the") || fighters && context.IsWord(k - 1, "these") ? k - 1 : -1;
        // "responsible" and "behind" name the doers only after "those".
        if (opener < 0 || (context.IsWord(k, "responsible") || context.IsWord(k, "behind")) && !context.IsWord(k - 1, "those") || InCondition(context, claim.FirstToken, k))
            return;
        var punitive = -1;
        for (var i = opener - 1; i >= claim.FirstToken && i >= opener - 5 && punitive < 0; i--)
            punitive = context.IsAnyWord(i, PunitiveVerbs) ? i : -1;
        // "troops pursued the terrorists into the forest" is a fight told, not a promise: fighters only after a base form.
        if (punitive < 0 || fighters && context.Tokens[punitive].Key.EndsWith("ed", StringComparison.Ordinal))
            return;
        // "vowed that the army would pursue these criminals": the promise's subject makes it.
        if ((Subject(context, claim, punitive, RelationType.Threatens, []) ?? ThreatSide(claim)) is not { } side
            || MostNamedGroup(context, side) is not { } group)
            return;
        AddRelation(claim, side, RelationType.Threatens, group, DeniedAt(context, claim, k));
    }

    /// <summary>The armed group the article names most, other than <paramref name="except"/> and the body it belongs to.</summary>
    public static EntityDraft? MostNamedGroup(ArticleContext context, EntityDraft? except)
    {
        EntityDraft? best = null;
        var counts = new Dictionary<EntityDraft, int>();
        foreach (var m in context.Mentions)
        {
            if (m.Entity is not { Kind: EntityKind.Group } g || except is not null && (g == except || g == except.Organisation))
                continue;
            counts[g] = counts.GetValueOrDefault(g) + 1;
            if (best is null || counts[g] > counts[best])
                best = g;
        }
        return best;
    }

    /// <summary>
    /// Who a threat the speaker voices comes from: the speaker's side, or an official of no known body himself
    /// ("Governor X said the LRA will be crushed").
    /// </summary>
    private static EntityDraft? ThreatSide(ClaimDraft claim) =>
        SpeakerSide(claim) ?? (claim.Speaker.Entity is { Kind: EntityKind.Official } official ? official : null);

    // The word before a mention and its "the": the verb of "make the LRA pay", "gave the LRA an ultimatum".
    private static int WordBefore(ArticleContext context, Mention m) =>
        m.FirstToken - (context.IsWord(m.FirstToken - 1, "the") ? 2 : 1);
}

using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// Blame laid without a verb of accusing: "X uses civilians as human shields", "with the complicity of X". The one
// pass over a claim's tokens also starts the threat shapes of RelationFinder.ThreatShapes.cs.
internal static partial class RelationFinder
{
    // The words that can open one of the shapes below, looked up once per token of a claim.
    private static readonly WordSet BlameShapeWords =
    [
        "use", "uses", "used", "using", "complicity", "until", "till", "pay", "by", "masterminded", "orchestrated", "perpetrated",
        "committed", "staged", "crushed", "hunted", "punished", "destroyed", "eliminated", "wiped", "annihilated", "face",
        "ultimatum", "deadline", "hold", "holds", "held", "holding", "any", "responsible", "behind", "perpetrators", "culprits",
        "attackers", "killers", "assailants", "receive", "suffer", "criminals", "terrorists", "bandits", "gunmen", "unpunished",
    ];

    // "X would face a harsh reckoning", "X will receive its just punishment": verbs whose subject is promised a penalty.
    private static readonly WordSet PenaltyVerbs = ["face", "receive", "suffer"];

    private static readonly WordSet UseVerbs = ["use", "uses", "used", "using"];

    private static readonly WordSet CoverNouns = ["cover", "shield", "shields"];

    /// <summary>
    /// Blame and threat that ride on a shape of the claim rather than on a cue. Blame (the speaker accuses X): "X uses the
    /// camps as cover", "with the complicity of X", "the attack was carried out by X", "X masterminded the attack",
    /// "holds X responsible". Threat (the speaker's side threatens X): "the strikes will go on until X surrenders",
    /// "X will pay a heavy price", "X will be crushed", "any X attack will be met with force", "gave X an ultimatum".
    /// </summary>
    public static void BlameAndThreatShapes(ArticleContext context, ClaimDraft claim)
    {
        if (!Holds(context, claim, BlameShapeWords))
            return;
        for (var k = claim.FirstToken; k < claim.EndToken; k++)
        {
            var t = context.Tokens[k];
            if (!t.IsWordLike || !BlameShapeWords.Contains(t, context.Gazetteer.Words))
                continue;
            if (context.IsAnyWord(k, UseVerbs))
                UsedAsCoverAt(context, claim, k);
            else if (context.IsWord(k, "complicity"))
                ComplicityAt(context, claim, k);
            else if (context.IsWord(k, "pay"))
                PriceToPayAt(context, claim, k);
            // "X will not go unpunished": the payer stands before the modal, as for "X will pay".
            else if (context.IsWord(k, "unpunished"))
            {
                if (Negation.NotUnpunished(context, k - 2))
                    PayerThreatened(context, claim, k - 2);
            }
            else if (context.IsWord(k, "until") || context.IsWord(k, "till"))
                UntilYieldAt(context, claim, k);
            else if (context.IsWord(k, "by"))
                DeedByAt(context, claim, k);
            else if (context.IsWord(k, "any"))
                AnyMoveAnsweredAt(context, claim, k);
            else if (context.IsAnyWord(k, HoldVerbs))
                HeldToAccountAt(context, claim, k);
            else if (context.IsWord(k, "ultimatum") || context.IsWord(k, "deadline"))
                UltimatumGivenAt(context, claim, k);
            else if (context.IsAnyWord(k, PursuedPerpetrators) || context.IsAnyWord(k, PursuedFighters))
                PerpetratorsPursuedAt(context, claim, k);
            else if (context.IsWord(k, "face") && context.IsWord(k - 1, "or"))
                OrFaceAt(context, claim, k);
            else if (context.IsAnyWord(k, PenaltyVerbs) && PenaltyAfter(context, claim, k))
                PayerThreatened(context, claim, k);
            else if (context.IsAnyWord(k, DeedVerbs))
                DeedDoneAt(context, claim, k);
            else
                FatePromisedAt(context, claim, k);
        }
    }

    // "X uses the peacekeepers as cover", "using civilians as human shields": the user of the shield is blamed.
    private static void UsedAsCoverAt(ArticleContext context, ClaimDraft claim, int k)
    {
        if (claim.Speaker.Entity is not { IsActor: true } speaker || InPassiveVoice(context, k) || InCondition(context, claim.FirstToken, k))
            return;
        var shield = -1;
        for (var i = k + 1; i < claim.EndToken && i <= k + 14 && shield < 0; i++)
        {
            var t = context.Tokens[i];
            if (t.Is('.') || t.Is(';'))
                return;
            if (!context.IsWord(i, "as"))
                continue;
            // "as a cover", "as 'human shields'": determiners, quotes and "human" may stand before the noun.
            var j = i + 1;
            while (j < claim.EndToken && j <= i + 4 && (context.IsAnyWord(j, Words.Determiners) || context.IsWord(j, "human") || !context.Tokens[j].IsWordLike))
                j++;
            if (context.IsAnyWord(j, CoverNouns))
                shield = j;
        }
        if (shield < 0)
            return;
        // "X fires near the posts, using the missions as cover": a participle after a comma is the main subject's.
        var user = ParticipleSubject(context, claim, k, []) ?? Subject(context, claim, k, RelationType.Accuses, []);
        if (user is null || user == speaker || user == SpeakerSide(claim) || user.Kind == EntityKind.Official || OwnState(speaker, user))
            return;
        AddRelation(claim, speaker, RelationType.Accuses, user, DeniedAt(context, claim, k));
    }

    // "carried out with the support and complicity of X": complicity named is complicity alleged.
    private static void ComplicityAt(ArticleContext context, ClaimDraft claim, int k)
    {
        if (claim.Speaker.Entity is not { IsActor: true } speaker || !context.IsWord(k + 1, "of"))
            return;
        if (NamedAfter(context, k + 2, claim.EndToken) is not { Entity: { IsActor: true } accused }
            || accused == speaker || accused == SpeakerSide(claim) || OwnState(speaker, accused))
            return;
        AddRelation(claim, speaker, RelationType.Accuses, accused, DeniedAt(context, claim, k));
    }

    // Verbs that make their subject the author of a deed: "X masterminded the attack".
    private static readonly WordSet DeedVerbs = ["masterminded", "orchestrated", "perpetrated", "committed", "staged"];

    /// <summary>"Uganda masterminded the attack": the author of an attack the speaker names is accused.</summary>
    private static void DeedDoneAt(ArticleContext context, ClaimDraft claim, int k)
    {
        if (claim.Speaker.Entity is not { IsActor: true } speaker || InPassiveVoice(context, k))
            return;
        var j = k + 1;
        while (j < claim.EndToken && context.IsAnyWord(j, Words.Determiners))
            j++;
        if (!context.IsAnyWord(j, Acts))
            return;
        AccuseDoer(context, claim, speaker, Subject(context, claim, k, RelationType.Accuses, []), k);
    }

    /// <summary>"the killings were committed by X", "the attack was carried out by X": the doer of a deed is accused.</summary>
    private static void DeedByAt(ArticleContext context, ClaimDraft claim, int k)
    {
        var participle = context.IsWord(k - 1, "out") && context.IsWord(k - 2, "carried") ? k - 2 : k - 1;
        if (claim.Speaker.Entity is not { IsActor: true } speaker || participle != k - 2 && !context.IsAnyWord(participle, DeedVerbs)
            || !context.IsAnyWord(participle - 1, BeForms))
            return;
        // The deed stands before its verb: "the massacre was committed", "the attack on the base was carried out".
        var deed = false;
        for (var i = participle - 2; i >= claim.FirstToken && i >= participle - 8 && !deed; i--)
            deed = context.IsAnyWord(i, Acts);
        if (!deed)
            return;
        if (NamedAfter(context, k + 1, claim.EndToken) is not { } m)
            return;
        AccuseDoer(context, claim, speaker, m.Entity, k);
    }

    // The speaker accuses the doer unless it is the speaker's own side, state or state's force ("Kenya said the army had
    // committed the massacre" reports a deed of its own), the doer claims the act itself, or the speaker only wonders
    // ("whether the attack was carried out by X").
    private static void AccuseDoer(ArticleContext context, ClaimDraft claim, EntityDraft speaker, EntityDraft? doer, int k)
    {
        if (doer is not { IsActor: true } || doer == speaker || doer == SpeakerSide(claim) || doer.Kind == EntityKind.Official
            || OwnState(speaker, doer) || SpeakerSide(claim) is { Kind: EntityKind.Country, IsoCode: { } iso } && (doer.CountryIso ?? doer.Organisation?.CountryIso ?? doer.Organisation?.IsoCode) == iso
            || ClaimsItself(context, claim, k, doer) || InCondition(context, claim.FirstToken, k))
            return;
        AddRelation(claim, speaker, RelationType.Accuses, doer, DeniedAt(context, claim, k));
    }

    private static readonly WordSet HoldVerbs = ["hold", "holds", "held", "holding"];

    private static readonly WordSet Answerable = ["responsible", "accountable", "liable", "culpable"];

    /// <summary>"Kenya holds Uganda responsible", "held X fully accountable": the one who holds accuses the one held.</summary>
    private static void HeldToAccountAt(ArticleContext context, ClaimDraft claim, int k)
    {
        if (HeldToAccount(context, k, claim.EndToken) is not { Entity: { IsActor: true } held } || InCondition(context, claim.FirstToken, k))
            return;
        var holder = Subject(context, claim, k, RelationType.Accuses, [held]) ?? SpeakerSide(claim);
        if (holder is null || holder == held || OwnState(holder, held) || held.Kind == EntityKind.Official)
            return;
        AddRelation(claim, holder, RelationType.Accuses, held, DeniedAt(context, claim, k));
    }

    // The one a verb of holding holds to account ("holds X (fully) responsible"), or null: such a hold is blame, not control.
    private static Mention? HeldToAccount(ArticleContext context, int hold, int end)
    {
        var i = hold + 1;
        if (context.IsWord(i, "the"))
            i++;
        if (context.MentionAt(i) is not { Form: not (MentionForm.Unnamed or MentionForm.Demonym) } m || m.EndToken >= end)
            return null;
        var after = m.EndToken;
        if (context.Tokens[after].Key.EndsWith("ly", StringComparison.Ordinal))
            after++;
        return context.IsAnyWord(after, Answerable) ? m : null;
    }

    // The actor named right after token from and its determiners ("of the LRA", "by the LRA"), or null.
    private static Mention? NamedAfter(ArticleContext context, int from, int end)
    {
        var j = from;
        while (j < end && context.MentionAt(j) is null && context.IsAnyWord(j, Words.Determiners))
            j++;
        return context.MentionAt(j) is { Form: not (MentionForm.Unnamed or MentionForm.Demonym) } m ? m : null;
    }

    private static readonly WordSet ChargingVerbs = ["accuse", "accuses", "accused", "accusing", "suspect", "suspects", "suspected", "suspecting"];

    // "accuse X of collaborating with Y": a gerund after "of" in a charge, whose doer is the actor named between the verb
    // and "of" (null for one the article does not name, "civilians").
    private static bool ChargedWithAct(ArticleContext context, ClaimDraft claim, int cue, out EntityDraft? doer)
    {
        doer = null;
        if (!context.IsWord(cue - 1, "of") || !context.Tokens[cue].Key.EndsWith("ing", StringComparison.Ordinal))
            return false;
        // "civilians they accuse of collaborating with X", "Uganda, which Kenya accuses of arming X": the accused stands
        // before the relative clause.
        if (context.IsAnyWord(cue - 2, ChargingVerbs) && RelativeAccuser(context, claim, cue - 2) is var antecedent and >= 0)
        {
            doer = context.MentionAt(antecedent) is { Entity: { IsActor: true } e, Form: not MentionForm.Unnamed } ? e : null;
            return true;
        }
        for (var verb = cue - 3; verb >= claim.FirstToken && verb >= cue - 10; verb--)
        {
            if (context.Tokens[verb].Is(';') || context.Tokens[verb].Is('"'))
                return false;
            if (!context.IsAnyWord(verb, ChargingVerbs) || context.MentionAt(verb) is not null)
                continue;
            // "Uganda has been accused by Kenya of arming X": in the passive the accused is the subject; "by" names the accuser.
            if (context.IsWord(verb + 1, "by") && InPassiveVoice(context, verb))
            {
                doer = FirstActorBetween(context, claim.FirstToken, verb, null);
                return true;
            }
            for (var i = verb + 1; i < cue - 1 && doer is null; i++)
            {
                if (context.MentionAt(i) is { Entity: { IsActor: true } e, Form: not MentionForm.Unnamed })
                    doer = e;
            }
            return true;
        }
        return false;
    }

    // The token before the relative clause whose accuser ("they", "Kenya") stands right before the verb at
    // <paramref name="verb"/>, or -1 when no accuser does ("Uganda, accused of …" is a participle).
    private static int RelativeAccuser(ArticleContext context, ClaimDraft claim, int verb)
    {
        var i = verb - 1;
        if (context.MentionAt(i) is { } accuser)
            i = accuser.FirstToken - 1;
        else if (context.IsAnyWord(i, Words.PersonPronouns) || context.IsWord(i, "they") || context.IsWord(i, "it") || context.IsWord(i, "we"))
            i--;
        else
            return -1;
        if (context.IsWord(i, "which") || context.IsWord(i, "that") || context.IsWord(i, "whom") || context.IsWord(i, "who"))
            i--;
        if (context.Tokens[i].Is(','))
            i--;
        return i >= claim.FirstToken && context.Tokens[i].IsWordLike ? i : -1;
    }
}

using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// Who acts: the nearest actor before a cue, the speaker's own side, "they" and "he" read back to an actor, "the militias allied with
// them", and the state forces that bare "soldiers" or "government troops" mean.
internal static partial class RelationFinder
{
    // "Uganda's support for", "Kenya's continued backing of": the mention owns the noun of the cue right after "'s" and
    // at most two lower-case words.
    private static bool PossessorOfCue(ArticleContext context, Mention mention, int cue)
    {
        var apostropheS = mention.EndToken + 1;
        if (!context.Tokens[mention.EndToken].Is('\'') || !context.IsWord(apostropheS, "s") || cue <= apostropheS || cue - apostropheS > 3)
            return false;
        for (var i = apostropheS + 1; i < cue; i++)
        {
            if (context.Tokens[i] is not { Kind: TokenKind.Word, Case: TokenCase.Lower } || context.MentionAt(i) is not null)
                return false;
        }
        return true;
    }

    // "inside eastern Congo": whether a preposition of place stands before the name at <paramref name="first"/>, past
    // determiners and a compass point.
    private static bool AfterPlacePreposition(ArticleContext context, int first)
    {
        var i = first - 1;
        while (i > 0 && context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } t
               && (Words.Determiners.Contains(t, context.Gazetteer.Words) || t.Key.EndsWith("ern", StringComparison.Ordinal)))
            i--;
        return context.IsAnyWord(i, Words.Locatives);
    }

    // The nearest actor before the cue in the same clause that is not inside a prepositional phrase or an
    // apposition; "its fighters", "we" and "they" stand for the speaker's side or the group named last.
    private static EntityDraft? Subject(ArticleContext context, ClaimDraft claim, int cue, RelationType relation, List<EntityDraft> objects)
    {
        // "relying on Hezbollah to fight alongside it": the one asked to act is the subject of the infinitive.
        // "deployed troops inside eastern Congo to fight alongside the M23": a place after a preposition is where, not who.
        if (context.IsWord(cue - 1, "to") && context.MentionAt(cue - 2) is { Entity: { IsActor: true } doer } asked && !objects.Contains(doer)
            && !(doer.IsPlace && AfterPlacePreposition(context, asked.FirstToken)))
            return doer;
        // "HTS and the allied Syrian National Army": the adjective ties the two listed actors.
        var j = cue - 1;
        while (j > claim.FirstToken && context.IsWord(j, "the"))
            j--;
        // "condemns the violence in Ecuador and backed the government": a verb after "and" is no adjective.
        if (context.IsWord(j, "and") && context.MentionAt(j - 1) is { Entity: { IsActor: true } listed }
            && (j < cue - 1 || cue + 1 < context.Tokens.Count && context.Tokens[cue + 1].IsCapitalised && context.MentionAt(cue + 1) is not null))
            return listed;
        // "the group said the army had been routed and vowed to pursue …": a vow after "and" is the speaker's.
        if (context.IsWord(cue - 1, "and") && context.IsAnyWord(cue, VowVerbs) && claim.Verb >= 0 && claim.Verb < claim.FirstToken
            && SpeakerSide(claim) is { } vower && !objects.Contains(vower))
            return vower;
        // "attacked X, and then struck Y": adverbs may stand between "and" and the second verb.
        var and = cue - 1;
        while (and > claim.FirstToken && context.Tokens[and] is { Kind: TokenKind.Word, Case: TokenCase.Lower } adverb
               && (SharedSubjectWords.Contains(adverb, context.Gazetteer.Words) || adverb.Key.EndsWith("ly", StringComparison.Ordinal)) && cue - and < 3)
            and--;
        var coordinated = context.IsWord(and, "and");
        var means = MeansPhrase(context, cue);
        // Tokens of a skipped apposition do not count towards the distance from the cue.
        var skippedApposition = 0;
        for (var i = cue - 1; i >= claim.FirstToken && i >= cue - MaxSubjectDistance - skippedApposition; i--)
        {
            var t = context.Tokens[i];
            // 'said it was "conducting strikes on …"': a quoted fragment of a reported clause keeps its subject.
            if (t.Is('"') && claim.Form != ClaimForm.DirectQuote)
                continue;
            if (t.Is(';') || t.Is('"') || InnerFullStop(context, i)
                || t.IsWordLike && Words.ClauseOpeners.Contains(t, context.Gazetteer.Words) && t.Key != "as")
                return null;
            // "sanctioned Iran over its support for X": the possessor of an act given as a cause is the one it is held against.
            if (i == cue - 1 && t.IsWordLike && t.Key is "its" or "their" && context.IsAnyWord(i - 1, CausePrepositions)
                && ActorRightBefore(context, i - 1) is { } held && !objects.Contains(held))
                return held;
            // "in its assaults on …": the possessor of the act is the clause's first actor.
            if (i == cue - 1 && t.IsWordLike && t.Key is "its" or "their" && FirstActorBetween(context, claim.FirstToken, i, null) is { } owner && !objects.Contains(owner))
                return owner;
            if (t.Is(',') && OwnSubjectAfter(context, i + 1, cue))
                return null;
            if (t.Is(',') && AppositionStart(context, claim.FirstToken, i) is var open and >= 0)
            {
                // "the gunmen, who were members of al-Shabaab, had killed": the group those described belong to acts.
                if (GroupOfApposedNoun(context, open, i) is { } member && !objects.Contains(member))
                    return member;
                skippedApposition += i - open;
                i = open;
                continue;
            }
            if (context.MentionAt(i) is { } m)
            {
                i = m.FirstToken;
                if (m.Entity is not { IsActor: true } e || m.Form == MentionForm.Unnamed)
                    continue;
                // "killed a Hezbollah commander in a strike on X": the one a verb acted on did not make the strike.
                if (means && ObjectOfVerb(context, m.FirstToken))
                    continue;
                // "threats from the Iran-backed Houthis": the name joined to the cue by a hyphen makes it, wherever it stands.
                if (m.EndToken == cue - 1 && context.Tokens[cue - 1].Is('-') && !objects.Contains(e))
                    return e;
                var before = m.FirstToken - 1;
                while (before >= 0 && context.Tokens[before].IsWordLike && Words.Determiners.Contains(context.Tokens[before], context.Gazetteer.Words))
                    before--;
                // "from bases in Niger and Burkina Faso": a later member of a list sits where its first member does.
                if (e.IsPlace && BeforeList(context, claim, m.FirstToken) is var head and >= 0 && head < before
                    && context.Tokens[head].IsWordLike && Words.Locatives.Contains(context.Tokens[head], context.Gazetteer.Words))
                    continue;
                // "a strike on a headquarters in eastern Baghdad killed …": a compass word keeps the place inside its phrase.
                var compass = before;
                while (compass > claim.FirstToken && IsCompassWord(context, compass))
                    compass--;
                if (compass < before && context.Tokens[compass].IsWordLike && Words.Prepositions.Contains(context.Tokens[compass], context.Gazetteer.Words))
                    continue;
                // "fighters loyal to the Taliban attacked": those loyal to an actor act for it.
                // "forces loyal to the vice-president": those loyal to a leader act for the leader's organisation.
                if (before >= 1 && context.IsAnyWord(before - 1, Loyal) && (context.IsWord(before, "to") || context.IsWord(before, "with"))
                    || e is { Kind: EntityKind.Official, Organisation.Kind: not EntityKind.Country } && LoyalTo(context, m.FirstToken))
                    return e is { Kind: EntityKind.Official, Organisation: { } led } && !objects.Contains(led) ? led : e;
                // "cells of the cartel attacked": the members of an actor act for it.
                if (before >= 1 && context.IsWord(before, "of") && context.IsAnyWord(before - 1, MemberNouns) && !objects.Contains(e))
                    return e;
                // "regrouped to free their leader and attacked": the object of an earlier verb is not the subject of the
                // verb coordinated with it.
                if (coordinated && before >= 1 && IsVerbBefore(context, before))
                    continue;
                // "in retaliation for Washington's support for Israel": the possessor of the cue's noun is its subject
                // wherever the phrase stands.
                if (PossessorOfCue(context, m, cue) && !objects.Contains(e))
                    return e;
                // "a partner of the United States in the fight against X": the actor after "of" qualifies a noun.
                if (before >= 0 && context.Tokens[before].IsWordLike && (Words.Prepositions.Contains(context.Tokens[before], context.Gazetteer.Words)
                    || context.Tokens[before].Key == "of" && !HeadNounAfter(context, m.EndToken) && EndsRelationCue(context, before)))
                    continue;
                // "Iran-backed militant groups operating in Syria": a name joined to an adjective describes the noun.
                if (IsPrefixOfActor(context, m) && context.MentionAt(m.EndToken + 1) is null && cue > m.EndToken + 1)
                    continue;
                // "the Congolese branch of the Islamic State": a demonym right before the unit's noun only places the unit.
                if (m.Form == MentionForm.Demonym && relation == RelationType.PartOf && m.EndToken == cue)
                    continue;
                // "a Kenyan drone strike on a camp … killed": a demonym that names the maker of a strike acts.
                if (m.Form == MentionForm.Demonym && !IsPrefixOfActor(context, m) && !context.IsAnyWord(m.EndToken, SideNouns)
                    && cue - m.EndToken > 3 && !StrikeNounAfter(context, m.EndToken))
                    continue;
                // "use Afghan territory to attack": a country's ground is a place, not an actor.
                if (m.Form == MentionForm.Demonym && context.IsAnyWord(m.EndToken, GroundNouns))
                    continue;
                return e;
            }
            if (!t.IsWordLike)
                continue;
            if (t.Key is "its" or "their" && context.IsWord(i - 1, "and") && context.IsAnyWord(i + 1, SideNouns))
            {
                i--;
                continue;
            }
            // "X has claimed the attack, saying its fighters killed …": the side of one quoted inside the claim is that one's.
            if (t.Key is "its" or "their" && i > claim.FirstToken && context.IsAnyWord(i - 1, NestedSpeechParticiples) && context.IsAnyWord(i + 1, SideNouns)
                && FirstActorBetween(context, Math.Max(claim.FirstToken, context.SentenceOf(i).FirstToken), i - 1, null) is { } nested && !objects.Contains(nested))
                return nested;
            // "X said his fighters stand shoulder to shoulder with the army": the speaking official's fighters are his body's.
            if (t.Key is "his" or "her" && i == claim.FirstToken && context.IsAnyWord(i + 1, SideNouns)
                && claim.Speaker.Entity is { Kind: EntityKind.Official, Organisation: { } speakersBody } && !objects.Contains(speakersBody))
                return speakersBody;
            // "we" of a speaker with no known side is no group named before.
            if (t.Key is "its" or "their" or "our" && context.IsAnyWord(i + 1, SideNouns) || t.Key is "we" or "us")
                return SpeakerSide(claim) ?? (t.Key is "we" or "us" or "our" && claim.Speaker.IsPerson ? null : Antecedent(context, i, objects));
            // "Rwanda said it backs …": the pronoun opening a reported statement is its speaker.
            if (t.Key is "they" or "it" or "its" or "their" && i == claim.FirstToken && Attribution(claim) > 0
                && claim.Speaker.Entity is { IsActor: true, Kind: not EntityKind.Official } speaker && !objects.Contains(speaker))
                return speaker;
            // "Uganda has warned that it will strike …", said the ministry: the pronoun opening a statement nested in the
            // claim stands for the one who made that statement.
            if (t.Key is "they" or "it" && i > claim.FirstToken && NestedSpeakerBefore(context, claim, i) is { } statementMaker && !objects.Contains(statementMaker))
                return statementMaker;
            // "Ugandan forces have killed … since they were deployed": the subject of a clause hung on the main one is
            // the main clause's subject.
            if (t.Key is "they" or "it" && context.IsAnyWord(i - 1, Subordinators) && MainSubject(context, claim, i - 1, objects) is { } main)
                return main;
            // "(it said) it had sent more soldiers to X, where they carry out joint patrols": so is that of a clause on a place
            // the main one names, the speaker when the statement opens with its pronoun.
            if (t.Key is "they" or "it" && i >= 2 && context.IsWord(i - 1, "where") && context.Tokens[i - 2].Is(',')
                && (MainSubject(context, claim, i - 1, objects)
                    ?? (context.IsAnyWord(claim.FirstToken, SelfPronouns) && Attribution(claim) > 0 ? SpeakerSide(claim) : null)) is { } placed
                && !objects.Contains(placed))
                return placed;
            if (t.Key is "they" or "it")
                return Antecedent(context, i, objects);
            if (t.Key is "he" or "she")
                return PersonAntecedent(context, claim, i, objects);
            // "the army said troops had killed …": bare troops are the speaking force's, else the home country's; "the police
            // said reinforcements had been deployed to X": a police force sends reinforcements of its own.
            if (t.Key is "troops" or "soldiers" or "reinforcements" && BareNoun(context, claim, i)
                && ((t.Key == "reinforcements" ? SpeakerPolice(claim) : null) ?? SpeakerForce(claim) ?? HomeForce(context)) is { } own && !objects.Contains(own))
                return own;
            // "the group said other cells had struck …": a group's speaker's bare fighters are its own.
            if (t.Key is "cells" or "fighters" or "units" or "militants" or "members" && (BareNoun(context, claim, i) || context.IsWord(i - 1, "other") && BareNoun(context, claim, i - 1))
                && claim.Speaker.Entity is { Kind: EntityKind.Group } group && !objects.Contains(group))
                return group;
            // "police killed two gunmen": bare police are the home country's police the article names.
            if (t.Key is "police" or "policemen" && t.Case == TokenCase.Lower && BareNoun(context, claim, i) && HomePolice(context) is { } police
                && !objects.Contains(police))
                return police;
            // "government forces retook the town": the state's own force the article names.
            if (t.Key is "forces" or "troops" && context.IsAnyWord(i - 1, StateWords) && HomeForce(context) is { } force && !objects.Contains(force))
                return force;
        }
        return null;
    }

    private static readonly WordSet StrikeNouns =
    [
        "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids", "bombing", "bombings", "shelling", "bombardment",
        "offensive", "assault", "ambush",
    ];

    // "Kenyan drone strike", "Ugandan air raid": a noun of attack within two words after a name.
    private static bool StrikeNounAfter(ArticleContext context, int i) =>
        context.IsAnyWord(i, StrikeNouns) || context.IsAnyWord(i + 1, StrikeNouns) && context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower };

    // The actor before "warned that" or "said" right before the pronoun at <paramref name="pronoun"/>, inside the claim.
    private static EntityDraft? NestedSpeakerBefore(ArticleContext context, ClaimDraft claim, int pronoun)
    {
        var verb = context.IsWord(pronoun - 1, "that") ? pronoun - 2 : pronoun - 1;
        if (verb <= claim.FirstToken || !context.HasCue(verb, CueKind.Speech))
            return null;
        var i = verb - 1;
        while (i > claim.FirstToken && context.IsAnyWord(i, SpeechAuxiliaries))
            i--;
        return ActorRightBefore(context, i + 1);
    }

    private static readonly WordSet SpeechAuxiliaries = ["has", "have", "had", "also", "repeatedly", "previously", "already", "again"];

    private static readonly WordSet NestedSpeechParticiples = ["saying", "adding", "claiming", "stating", "insisting"];

    // The token before the first member of a list of names that ends with the name at <paramref name="first"/>, or -1 when
    // the name is the first or only one.
    private static int BeforeList(ArticleContext context, ClaimDraft claim, int first)
    {
        // "with the help of Uganda, Kenya attacked": a name after a bare comma opens the clause; a list's last name
        // follows "and" or "or".
        if (AfterFrontedAdjunct(context, first))
            return -1;
        var head = -1;
        var i = first - 1;
        while (i > claim.FirstToken && (context.IsWord(i, "and") || context.IsWord(i, "or") || context.Tokens[i].Is(','))
               && context.MentionAt(i - 1) is { } earlier)
        {
            i = earlier.FirstToken - 1;
            while (i > claim.FirstToken && context.IsAnyWord(i, Words.Determiners))
                i--;
            head = i;
        }
        return head;
    }

    // "eastern", "north-western", "central": a word that places a region inside a named place.
    private static bool IsCompassWord(ArticleContext context, int i) =>
        context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } t && (t.Key.EndsWith("ern", StringComparison.Ordinal) || t.Key is "central" or "the")
        || context.Tokens[i].Is('-') && context.Tokens[i + 1].Key.EndsWith("ern", StringComparison.Ordinal);

    private static EntityDraft? StateIn(ArticleContext context, Mention described) =>
        context.IsWord(described.EndToken, "in") && context.MentionAt(described.EndToken + 1) is { Entity: { Kind: EntityKind.Country } country, Form: MentionForm.Name } c
        && c.FirstToken == described.EndToken + 1 ? country : null;

    // "concerns Turkey has about foreign fighters inside Syria": what lies in the place is what the subject talks about.
    private static bool AboutBetween(ArticleContext context, EntityDraft subject, int cue)
    {
        for (var i = cue - 1; i >= 0 && i >= cue - MaxSubjectDistance; i--)
        {
            if (context.MentionAt(i)?.Entity == subject)
                return false;
            if (context.IsWord(i, "about") || context.IsWord(i, "regarding") || context.IsWord(i, "over"))
                return true;
        }
        return false;
    }

    // "even they are talking to them": a pronoun for each side leaves both open.
    private static bool PronounSubject(ArticleContext context, ClaimDraft claim, int cue)
    {
        for (var i = cue - 1; i >= claim.FirstToken && i >= cue - 4; i--)
        {
            if (context.IsWord(i, "they") || context.IsWord(i, "it") || context.IsWord(i, "he") || context.IsWord(i, "she"))
                return true;
        }
        return false;
    }

    private static bool NamedRightAfter(ArticleContext context, int from, int end)
    {
        for (var i = from; i < end && i < from + 3; i++)
        {
            if (context.MentionAt(i) is { Entity.IsActor: true })
                return true;
            // "Turkish-backed factions of the Syrian National Army": the members of a named actor are that actor.
            if (context.Tokens[i].Kind == TokenKind.Word && context.Tokens[i].Case == TokenCase.Lower && context.Tokens[i].Key.EndsWith('s'))
                return context.IsAnyWord(i, MemberNouns) || context.IsWord(i, "factions") ? OfNamedActor(context, i + 1, end) : false;
        }
        return false;
    }

    // "of X", "of the X": an actor named right after "of" at token <paramref name="of"/>.
    private static bool OfNamedActor(ArticleContext context, int of, int end) =>
        context.IsWord(of, "of") && of + 1 < end
        && (context.MentionAt(of + 1) is { Entity.IsActor: true } || context.IsWord(of + 1, "the") && context.MentionAt(of + 2) is { Entity.IsActor: true });

    // "… in Pakistan. In the particular attack on …": a full stop inside a quoted passage ends a sentence of it
    // (not the stop of an abbreviation such as "U.S.").
    private static bool InnerFullStop(ArticleContext context, int i) =>
        context.Tokens[i].Is('.') && i > 0 && i + 1 < context.Tokens.Count && context.Tokens[i - 1].Length > 2
        && context.Tokens[i + 1].IsCapitalised;

    // "announced a ceasefire with the SNA": a statement that is the object of the verb of saying, a noun phrase
    // with no verb before the cue, is the speaker's own act.
    private static EntityDraft? ObjectOfSaying(ArticleContext context, ClaimDraft claim, int cue, List<EntityDraft> objects)
    {
        if (claim.Form != ClaimForm.ReportedSpeech || claim.Verb < 0 || claim.Verb >= claim.FirstToken || cue - claim.FirstToken > 5
            || !context.IsAnyWord(claim.FirstToken, Articles) || context.IsWord(claim.FirstToken - 1, "that"))
            return null;
        // "the minister resigned from X": a verb as the cue has a subject of its own.
        if (context.Tokens[cue].Key.EndsWith("ed", StringComparison.Ordinal) || context.IsAnyWord(cue, Words.IrregularPast))
            return null;
        // "said the rebels (now) hold X": a plural subject before the cue is its own.
        var before = cue - 1;
        while (before > claim.FirstToken && context.Tokens[before] is { Kind: TokenKind.Word, Case: TokenCase.Lower } adverb
               && (adverb.Key is "still" or "now" or "also" or "already" || adverb.Key.EndsWith("ly", StringComparison.Ordinal)))
            before--;
        if (context.Tokens[before] is { Kind: TokenKind.Word, Case: TokenCase.Lower } plural && plural.Key.EndsWith('s') && !plural.Key.EndsWith("ss", StringComparison.Ordinal)
            && context.MentionAt(before) is null)
            return null;
        for (var i = claim.FirstToken + 1; i < cue; i++)
        {
            if (context.Tokens[i].IsWordLike && context.Tokens[i].Case == TokenCase.Lower && (context.Tokens[i].Key.EndsWith("ed", StringComparison.Ordinal) && !context.Tokens[i - 1].Is('-')
                || BeForms.Contains(context.Tokens[i], context.Gazetteer.Words) || IsFiniteAuxiliary(context, i)))
                return null;
        }
        // "said the takeover of X by Y was …": the doer named after "by" did it.
        for (var i = cue + 1; i < claim.EndToken - 1 && i <= cue + 10; i++)
        {
            if (context.IsWord(i, "by") && context.MentionAt(context.IsWord(i + 1, "the") ? i + 2 : i + 1) is { Entity: { IsActor: true } agent, Form: not MentionForm.Unnamed }
                && !objects.Contains(agent))
                return agent;
        }
        // "he announced his resignation as …": a person's own act.
        if ((context.IsWord(claim.FirstToken, "his") || context.IsWord(claim.FirstToken, "her")) && claim.Speaker.Entity is { Kind: EntityKind.Official } person)
            return objects.Contains(person) ? null : person;
        return SpeakerSide(claim) is { } side && !objects.Contains(side) ? side : null;
    }

    // "said the militia had fought alongside X": an auxiliary makes the cue a verb with a subject of its own, the
    // unnamed one ("to" does not: "announced its decision to cut ties with X" is the speaker's).
    private static bool IsFiniteAuxiliary(ArticleContext context, int i) =>
        context.IsWord(i, "had") || context.IsWord(i, "has") || context.IsWord(i, "have") || context.IsAnyWord(i, Auxiliaries) && !context.IsWord(i, "to");

    // '"Airstrikes against the fleeing terrorists resulted in …," an officer said': a quote that opens on an act
    // with no doer named is the speaker's side speaking of what it did.
    private static EntityDraft? QuoteOpener(ArticleContext context, ClaimDraft claim, int cue)
    {
        if (claim.Form != ClaimForm.DirectQuote || cue - claim.FirstToken > 1)
            return null;
        return SpeakerSide(claim);
    }

    private static readonly WordSet SideNouns =
    [
        "fighters", "forces", "troops", "militants", "members", "men", "units", "soldiers", "aircraft", "warplanes",
        "jets", "drones", "navy", "army", "military", "ships", "allies", "partners", "leaders", "commanders",
    ];

    // The organisation a claim's speaker stands for: "we" in a quote is the speaker's side.
    /// <summary>The side a claim's speaker stands for: an official's organisation, else the speaker itself.</summary>
    // The body an official acts for, where the article gives one; any other entity is its own.
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(entity))]
    private static EntityDraft? BodyOf(EntityDraft? entity) => entity is { Kind: EntityKind.Official, Organisation: { } body } ? body : entity;

    internal static EntityDraft? SpeakerSide(ClaimDraft claim) => claim.Speaker.Entity switch
    {
        { Kind: EntityKind.Official, Organisation: { } org } => org,
        { Kind: not EntityKind.Official } e => e,
        _ => null,
    };

    // ", the military's campaign in the North-East," read backwards from its closing comma: where it opens.
    // ", which controls Kunar," (a relative clause) is passed over the same way.
    private static int AppositionStart(ArticleContext context, int floor, int close)
    {
        // "X, the army said, attacked": words of saying end an interrupting attribution, not an apposition, unless a
        // relative pronoun opens them ("X, which pledged allegiance to Y, attacked").
        var spoken = false;
        for (var j = close - 1; j > floor && j >= close - 20; j--)
        {
            var t = context.Tokens[j];
            // 'fighters, "who operate from …", had': an apposition quoted whole.
            if (t.Is('"') && (j == close - 1 || context.Tokens[j - 1].Is(',')))
                continue;
            if (t.Is(','))
            {
                var first = context.Tokens[j + 1].Is('"') ? j + 2 : j + 1;
                // "X, part of the JNIM coalition, attacked": belonging told without an article.
                // "fighters, believed to be from X, attacked": a guess at who they are.
                if (context.IsWord(first, "which") || context.IsWord(first, "who") || context.IsWord(first, "part") && context.IsWord(first + 1, "of")
                    || context.IsAnyWord(first, GuessVerbs) && context.IsWord(first + 1, "to") && context.IsWord(first + 2, "be"))
                    return j;
                if (spoken)
                    return -1;
                // "X, a group formed in 2012 from a merger of …, was behind": a long apposition closes right before "be".
                var longest = context.IsAnyWord(close + 1, BeForms) ? 20 : 12;
                return j >= close - longest && (context.IsWord(j + 1, "the") || context.IsWord(j + 1, "a") || context.IsWord(j + 1, "an")) ? j : -1;
            }
            if (t.Is(';') || t.Is('"'))
                return -1;
            spoken |= context.HasCue(j, CueKind.Speech);
        }
        return -1;
    }

    private static readonly WordSet CausePrepositions = ["over", "for"];

    // The actor named right before the token at <paramref name="at"/>: "sanctioned Iran over …".
    private static EntityDraft? ActorRightBefore(ArticleContext context, int at) =>
        context.MentionAt(at - 1) is { Entity: { IsActor: true } e, Form: not (MentionForm.Unnamed or MentionForm.Demonym) } && e.Kind != EntityKind.Official ? e : null;

    private static bool IsPrefixOfActor(ArticleContext context, Mention m) =>
        m.EndToken < context.Tokens.Count && context.Tokens[m.EndToken].Is('-');

    // "they" in a claim: the last group named before it that is not the relation's object.
    private static EntityDraft? Antecedent(ArticleContext context, int pronoun, List<EntityDraft> objects)
    {
        var from = Math.Max(0, context.SentenceOf(pronoun).FirstToken - 1);
        var limit = context.Sentences[Math.Max(0, context.SentenceOfToken[from] - 3)].FirstToken;
        for (var i = pronoun - 1; i >= limit; i--)
        {
            if (context.MentionAt(i) is { Entity: { Kind: EntityKind.Group } g } && !objects.Contains(g))
                return g;
        }
        return null;
    }

    private static readonly WordSet GroupNouns = ["groups", "militias", "factions", "organisations", "organizations"];

    /// <summary>
    /// "attacked junta troops and the militias allied with them, X and Y": the names in apposition to the described
    /// group are the subjects of its participle, and "them" is the actor named before the group.
    /// </summary>
    private static bool DescribedGroupRelation(ArticleContext context, ClaimDraft claim, int cue, int cueEnd, RelationType relation, bool denied)
    {
        if (!context.IsAnyWord(cue - 1, GroupNouns) || !context.IsAnyWord(cueEnd, ObjectPronouns) || cueEnd + 1 >= claim.EndToken || !context.Tokens[cueEnd + 1].Is(','))
            return false;
        var members = Objects(context, cueEnd + 2, claim.EndToken, relation, actorsOnly: true);
        EntityDraft? named = null;
        for (var i = cue - 2; i >= claim.FirstToken && i >= cue - 8 && named is null; i--)
        {
            if (context.Tokens[i].Is(',') || context.Tokens[i].Is(';'))
                break;
            if (context.MentionAt(i) is { Entity: { IsActor: true } e, Form: not MentionForm.Unnamed } && !members.Contains(e))
                named = e;
        }
        if (named is null || members.Count == 0)
            return false;
        foreach (var member in members)
            AddRelation(claim, member, relation, named, denied);
        return true;
    }

    private static readonly WordSet Loyal = ["loyal", "allied", "aligned", "affiliated"];

    private static readonly WordSet GroundNouns =
    [
        "territory", "soil", "airspace", "waters", "border", "borders", "side", "land", "lands"
    ];

    private static readonly WordSet ObjectPronouns = ["it", "them"];

    private static readonly WordSet StateWords = ["government", "regime", "state", "army", "junta", "regular"];

    private static readonly WordSet Soldiers =
    [
        "soldiers", "troops", "servicemen", "soldier", "conscripts",
    ];

    // "killed six soldiers": the soldiers of the state force the article is about.
    private static EntityDraft? NationalForce(ArticleContext context)
    {
        // The most named state force, the home country's first: "government forces" in Syria are Syria's.
        var home = context.HomeCountry();
        var forces = StateForces.MostNamed(context);
        return forces.FirstOrDefault(f => home is not null && (f.CountryIso ?? f.Entry?.Country) == home) ?? forces.FirstOrDefault();
    }

    // "government troops": the state force of the country the article is set in, never a foreign one.
    private static EntityDraft? HomeForce(ArticleContext context) =>
        NationalForce(context) is { } force && context.HomeCountry() is { } home && (force.CountryIso ?? force.Entry?.Country) == home ? force : null;

    // "he" in a claim: the official named last before it, else a speaker who is a person.
    private static EntityDraft? PersonAntecedent(ArticleContext context, ClaimDraft claim, int pronoun, List<EntityDraft> objects)
    {
        var limit = context.Sentences[Math.Max(0, context.SentenceOfToken[pronoun] - 2)].FirstToken;
        for (var i = pronoun - 1; i >= limit; i--)
        {
            if (context.MentionAt(i) is { Entity: { Kind: EntityKind.Official } official } m && !objects.Contains(official)
                && !(context.Tokens.Count > m.EndToken && context.Tokens[m.EndToken].Is('\'')))
                return official;
        }
        return claim.Speaker.Entity is { Kind: EntityKind.Official } speaker && !objects.Contains(speaker) ? speaker : null;
    }
}

using GeoGraph.Core.Extraction.Claims;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// The objects of a relation cue: the entities after it, the lists and descriptions they come in, and the side a
// possessive or pronoun stands for.
internal static partial class RelationFinder
{
    // The first entity after the cue, and those listed with it ("al-Qaeda, Haqqani network and other groups").
    private static readonly WordSet Frontiers = ["border", "borders", "frontier", "boundary"];

    // Where the named official starts whose title opens at <paramref name="i"/> ("President William Ruto"), or -1.
    private static int TitledOfficialAt(ArticleContext context, int i, int end) =>
        context.MentionAt(i) is null && context.Tokens[i].Case == TokenCase.Capitalised && Officials.TitleFinder.At(context, i, end) is { } office
        && context.MentionAt(office.End) is { Entity.Kind: EntityKind.Official } titled && titled.FirstToken == office.End
            ? office.End
            : -1;

    private static List<EntityDraft> Objects(ArticleContext context, int from, int end, RelationType relation, bool actorsOnly)
    {
        var wantsPlace = relation.TargetsPlace() && !actorsOnly;
        var found = new List<EntityDraft>();
        var i = from;
        var gap = 0;
        while (i < end)
        {
            var t = context.Tokens[i];
            // 'groups "including Kataib Hezbollah"': a quotation mark does not part a verb from its object.
            if (found.Count == 0 && t.Is('"'))
            {
                i++;
                continue;
            }
            // "would pursue and destroy the LRA": a second verb of force shares the first one's object.
            if (i == from && relation is RelationType.Attacks or RelationType.Threatens && context.IsWord(i, "and") && i + 2 < end
                && context.Tokens[i + 1] is { Kind: TokenKind.Word, Case: TokenCase.Lower } && context.MentionAt(i + 1) is null
                && !context.HasCue(i + 1, CueKind.Speech) && (context.MentionAt(i + 2) is not null || context.IsAnyWord(i + 2, Words.Determiners)))
            {
                i += 2;
                continue;
            }
            // "the allied, Turkish-backed Syrian National Army": adjectives before the object, even one made of a country.
            if (found.Count == 0 && i == from && t.Is(',') && i + 1 < end && context.Tokens[i + 1].IsCapitalised)
            {
                i++;
                continue;
            }
            if (found.Count == 0 && context.MentionAt(i) is { } prefix && prefix.FirstToken == i && IsPrefixOfActor(context, prefix)
                && prefix.EndToken + 1 < end && context.Tokens[prefix.EndToken + 1].IsWordLike && context.MentionAt(prefix.EndToken + 1) is null)
            {
                i = prefix.EndToken + 2;
                continue;
            }
            // "the Islamic State's Khorasan branch (ISKP)": the unit in brackets, not its owner.
            if (found.Count == 0 && context.MentionAt(i) is { Entity.IsActor: true } unitOwner && unitOwner.FirstToken == i && unitOwner.EndToken + 2 < end
                && context.Tokens[unitOwner.EndToken].Is('\'') && context.IsWord(unitOwner.EndToken + 1, "s")
                && context.MentionAt(unitOwner.EndToken + 2) is not { Entity: { IsActor: true, IsPlace: false } } && UnitAt(context, end, unitOwner.EndToken + 2) is { } bracketedUnit)
            {
                found.Add(bracketedUnit);
                return found;
            }
            // "in Myanmar's Sagaing region": the province a country's possessive qualifies is where.
            if (found.Count == 0 && wantsPlace && context.MentionAt(i) is { Entity.Kind: EntityKind.Country } land && land.FirstToken == i && land.EndToken + 2 < end
                && context.Tokens[land.EndToken].Is('\'') && context.IsWord(land.EndToken + 1, "s")
                && context.MentionAt(land.EndToken + 2) is { Entity: { Kind: EntityKind.Province } region } && region.Entry?.Country == land.Entity!.IsoCode)
            {
                found.Add(region);
                return found;
            }
            // "Iran's Revolutionary Guard": the possessor qualifies the actor after it.
            if (found.Count == 0 && context.MentionAt(i) is { Entity.IsActor: true } owner && owner.FirstToken == i && owner.EndToken + 2 < end
                && context.Tokens[owner.EndToken].Is('\'') && context.IsWord(owner.EndToken + 1, "s")
                && context.MentionAt(owner.EndToken + 2) is { Entity.IsActor: true })
            {
                i = owner.EndToken + 2;
                continue;
            }
            // "civilians they accuse of collaborating with X": the accused stands before the verb; X is in the charge.
            if (i == from && relation == RelationType.Accuses && context.IsWord(i, "of") && context.IsAnyWord(i - 1, ChargingVerbs))
                return found;
            // "accused John of handing al-Shabaab …": someone the article does not know is the accused, not the
            // actor inside the charge.
            if (i == from && relation == RelationType.Accuses && t is { Kind: TokenKind.Word, Case: TokenCase.Capitalised } && context.MentionAt(i) is null
                && context.IsWord(i + 1, "of"))
                return found;
            // "affiliated to the so-called X": a distancing adjective is no word of its own.
            if (found.Count == 0 && context.IsWord(i, "so") && i + 2 < end && context.Tokens[i + 1].Is('-') && context.IsWord(i + 2, "called"))
            {
                i += 3;
                continue;
            }
            // "Iran sponsors these groups": the groups named just before.
            if (found.Count == 0 && t.IsWordLike && t.Key is "these" or "those" or "such" && context.IsAnyWord(i + 1, GroupNouns))
            {
                found.AddRange(RecentGroups(context, i));
                return found;
            }
            // "attacks from the regime in Iran": a description placed in a country is that country's.
            if (context.MentionAt(i) is { Form: MentionForm.Anaphor } described && described.FirstToken == i && StateIn(context, described) is { } state)
            {
                found.Add(state);
                i = context.MentionAt(described.EndToken + 1)!.EndToken;
                continue;
            }
            // "met Kenyan Defence Minister Aden Duale", "to shoot Kenya's Foreign Minister X": the demonym or possessive before
            // a title is the official's country, not the object.
            if (context.MentionAt(i) is { Entity.IsActor: true } nationality && nationality.FirstToken == i
                && (nationality.Form == MentionForm.Demonym ? nationality.EndToken
                    : nationality.EndToken + 2 < end && context.Tokens[nationality.EndToken].Is('\'') && context.IsWord(nationality.EndToken + 1, "s") ? nationality.EndToken + 2 : -1) is var titleAt and >= 0
                && Officials.TitleFinder.At(context, titleAt, end) is { } title
                && context.MentionAt(title.End) is { Entity.Kind: EntityKind.Official })
            {
                i = title.End;
                continue;
            }
            // "met President William Ruto", "met Ruto and President Kagame": a title that opens the object, or a listed one,
            // is no object of its own.
            if ((i == from || context.IsWord(i - 1, "and") || context.Tokens[i - 1].Is(',')) && TitledOfficialAt(context, i, end) is var name and >= 0)
            {
                i = name;
                continue;
            }
            if (context.MentionAt(i) is { } m && m.FirstToken == i)
            {
                // "arming the Houthis, the UN said": who speaks after the list is not in it.
                if (found.Count > 0 && context.HasCue(m.EndToken, CueKind.Speech))
                    return found;
                // "used by Hezbollah, Iran's proxy in Lebanon": the possessor in an apposition describes the one before it.
                if (found.Count > 0 && context.Tokens[i - 1].Is(',') && m.EndToken + 2 < end && context.Tokens[m.EndToken].Is('\'')
                    && context.IsWord(m.EndToken + 1, "s") && context.Tokens[m.EndToken + 2] is { Kind: TokenKind.Word, Case: TokenCase.Lower })
                    return found;
                // "to the Nigerien attack", "on Sudanese positions": a demonym before a noun of a state's acts or ground.
                // "fought the government soldiers": the state's own force the article names.
                if (context.IsWord(m.EndToken - 1, "government") && context.IsAnyWord(m.EndToken, ForceNouns) && HomeForce(context) is { } national)
                {
                    found.Add(national);
                    i = m.EndToken + 1;
                    gap = 0;
                    continue;
                }
                // "deployed troops to the border with Sudan": a country named as the far side of a border is not
                // where the actor is.
                // "reinforced the border with Syria": nor is it whom the actor helps.
                if (found.Count == 0 && context.IsWord(m.FirstToken - 1, "with") && context.IsAnyWord(m.FirstToken - 2, Frontiers))
                    return found;
                // "mines near the Chinese border": nor a country whose border it is; "Chinese border guards" are its own.
                // "shelled Kenyan border towns": the state's own towns by the border are struck or threatened.
                // "any attack from Afghan soil": ground named as where harm comes from is not harmed.
                var harmsState = relation is RelationType.Attacks or RelationType.Threatens && !context.IsWord(m.FirstToken - 1, "from");
                if (m.Form == MentionForm.Demonym && context.IsAnyWord(m.EndToken, Frontiers) && !context.IsAnyWord(m.EndToken + 1, StateActs)
                    && !(harmsState && context.IsAnyWord(m.EndToken + 1, StateWorks)))
                    return found;
                // "struck targets in northern Iraq": a country named where an attack fell is its ground, not its target.
                if (found.Count == 0 && relation == RelationType.Attacks && m.Entity is { Kind: EntityKind.Country } && m.Form == MentionForm.Name
                    && InGround(context, from, m.FirstToken))
                    return found;
                // "condemned the Ugandan air strikes": a state's acts are the state's, for a charge too.
                // "fired a missile at an Israeli city": a state's towns and works struck are an attack on the state.
                // "Kenyan border guards", "the Ugandan air strikes": a state's arm named with its branch first.
                var stateAct = context.IsAnyWord(m.EndToken, StateActs) || context.IsAnyWord(m.EndToken, ArmBranches) && context.IsAnyWord(m.EndToken + 1, StateActs)
                               || harmsState && (context.IsAnyWord(m.EndToken, StateWorks)
                                                 || context.IsAnyWord(m.EndToken, Frontiers) && context.IsAnyWord(m.EndToken + 1, StateWorks));
                // "condemned the shelling of Kenyan positions": a state's ground after the act's "of" is the one struck, not charged.
                var struckGround = relation == RelationType.Accuses && (context.IsWord(m.FirstToken - 1, "of") || context.IsWord(m.FirstToken - 1, "on")
                                                                        || context.IsWord(m.FirstToken - 1, "against"));
                var actingState = m.Form == MentionForm.Demonym && (stateAct && !struckGround && relation is RelationType.Attacks or RelationType.Threatens or RelationType.Accuses
                                                                    || (context.IsAnyWord(m.EndToken, Soldiers) || context.IsAnyWord(m.EndToken, HostileNamesForSoldiers)
                                                                        || PoliceNounAt(context, m.EndToken)) && (!relation.TargetsPlace() || actorsOnly)
                                                                    // "expelled the French ambassador": ties cut with the state he stands for.
                                                                    || relation is RelationType.InContactWith or RelationType.NegotiatesWith or RelationType.CutTiesWith && StatePeopleAt(context, m.EndToken));
                if (m.Entity is { } e && m.Form != MentionForm.Unnamed && (wantsPlace ? e.IsPlace : e.IsActor && e.Kind != EntityKind.Province)
                    && (m.Form != MentionForm.Demonym || wantsPlace && (i == from || context.IsAnyWord(m.EndToken, GroundNouns)) || actingState))
                    found.Add(GovernmentLedBy(context, m) ?? SoldiersOfNamedForce(context, m, actingState && !stateAct) ?? e);
                else if (found.Count == 0 && (!wantsPlace || m.Entity is { IsActor: true, IsPlace: false }))
                    return found;
                i = m.EndToken;
                gap = 0;
                continue;
            }
            // "attacked federal forces", "fought government troops": the home country's own force.
            if (found.Count == 0 && t.IsWordLike && t.Case == TokenCase.Lower && (StateWords.Contains(t, context.Gazetteer.Words) || t.Key == "federal")
                && context.IsAnyWord(i + 1, ForceNouns) && HomeForce(context) is { } home)
            {
                found.Add(home);
                i += 2;
                continue;
            }
            // "murdered police officers", "ambushed a patrol": the home country's police or troops; "killed policemen"
            // with no police named leaves the object unnamed rather than reading on to a place.
            if (found.Count == 0 && relation is RelationType.Attacks or RelationType.Accuses or RelationType.Threatens
                && ForceNounObject(context, i, end, out var after, out var police) is var generic
                && (generic is not null || police))
            {
                if (generic is null)
                    return found;
                found.Add(generic);
                i = after;
                continue;
            }
            // "killed two police officers and three soldiers": a second force noun in the list.
            if (found.Count > 0 && relation == RelationType.Attacks && ListJoinedBefore(context, i)
                && ListedForce(context, i, end, out var listedEnd) is { } listed)
            {
                if (!found.Contains(listed))
                    found.Add(listed);
                i = listedEnd;
                continue;
            }
            if (found.Count == 0 && relation == RelationType.Attacks && t.IsWordLike && Soldiers.Contains(t, context.Gazetteer.Words))
            {
                // "the soldiers North Korea sent": soldiers followed by who sent them are that actor's.
                if (context.MentionAt(i + 1) is { Entity: { IsActor: true } sender, Form: MentionForm.Name } && sender.Kind != EntityKind.Official)
                {
                    found.Add(sender);
                    return found;
                }
                if (SoldiersForce(context) is { } force)
                {
                    found.Add(force);
                    i++;
                    continue;
                }
            }
            // "fighting alongside local militias against X": the actor fought against is no ally, partner or client.
            if (found.Count == 0 && context.IsWord(i, "against") && relation is RelationType.AlliedWith or RelationType.Supports
                    or RelationType.InContactWith or RelationType.NegotiatesWith)
                return found;
            // "killed or wounded hundreds of the attackers": a second verb shares the first one's object.
            if (found.Count == 0 && gap == 0 && t.IsWordLike && t.Key is "and" or "or" && i + 1 < end && context.Tokens[i + 1].Case == TokenCase.Lower
                && context.Tokens[i + 1].Key.EndsWith("ed", StringComparison.Ordinal) && context.MentionAt(i + 1) is null)
            {
                i += 2;
                continue;
            }
            // "talking to their handlers in Afghanistan": the place of an unnamed partner is not the partner.
            if (found.Count == 0 && gap > 0 && context.IsWord(i, "in") && relation is RelationType.InContactWith or RelationType.NegotiatesWith or RelationType.AlliedWith)
                return found;
            // "helping its army fight JNIM": the object is the unnamed "its army"; the name after the next verb is
            // that verb's, not this relation's.
            if (found.Count == 0 && gap == 0 && t.IsWordLike && t.Key is "its" or "his" or "her" or "their" && i + 2 < end
                && context.Tokens[i + 1] is { Kind: TokenKind.Word, Case: TokenCase.Lower } && context.MentionAt(i + 1) is null
                && context.Tokens[i + 2] is { Kind: TokenKind.Word, Case: TokenCase.Lower } && context.MentionAt(i + 2) is null)
                return found;
            // "are back in Nasir, the Upper Nile State town": a town's province in apposition is where the actor is.
            if (found.Count == 0 && wantsPlace && t.Is(',') && context.IsWord(i + 1, "the") && context.MentionAt(i + 2) is { Entity.IsPlace: true } province
                && province.FirstToken == i + 2 && context.IsAnyWord(province.EndToken, Settlements))
            {
                found.Add(province.Entity!);
                return found;
            }
            // "struck military-industrial facilities in X": a hyphen inside a compound word is no end of the phrase.
            if (found.Count == 0 && t.Is('-') && i > from && context.Tokens[i - 1].IsWordLike && i + 1 < end && context.Tokens[i + 1].IsWordLike
                && context.MentionAt(i + 1) is null)
            {
                i++;
                continue;
            }
            // "into coastal states such as Benin and Togo", "arms several groups, including X": the named examples of
            // the noun the object describes.
            if (found.Count == 0 && gap > 0 && ExamplesAfter(context, i) is var examples and > 0)
            {
                i = examples;
                continue;
            }
            if (found.Count == 0)
            {
                var ofChain = t.IsWordLike && t.Key == "of" && gap < 6;
                // "hit bakeries, power stations and checkpoints of X": a list of targets that ends in an actor's holding.
                if (t.Is(',') && relation == RelationType.Attacks && ListEndsInHolding(context, i + 1, end) is var last and > 0)
                {
                    i = last;
                    gap = 0;
                    continue;
                }
                // "killed 40 X militants": a count before the object is no end of the phrase.
                if (!t.IsWordLike && t.Kind != TokenKind.Number || gap >= 4 && !wantsPlace && !ofChain && !context.IsWord(i - 1, "of") && !OfActorAhead(context, i, end) || gap >= 10
                    || t.IsWordLike && (Words.ClauseOpeners.Contains(t, context.Gazetteer.Words) || t.Key is "and" or "or" && !OfActorAhead(context, i + 1, end) && !(wantsPlace && PlaceAhead(context, i + 1, end))))
                    return found;
                gap++;
            }
            // "arming M23 as Doha talks stall": "as" joins a list only in "as well as".
            else if (!(t.Is(',') || t.IsWordLike && Words.ListJoiners.Contains(t, context.Gazetteer.Words) && !(t.Key == "as" && !context.IsWord(i + 1, "well") && !context.IsWord(i - 1, "well")) || t.IsWordLike && t.Key is "on" or "against" && context.IsWord(i - 1, "and")
                       // "deployed to Mopti and to the neighbouring Ségou region": a place list repeats its preposition.
                       || wantsPlace && t.IsWordLike && (t.Key is "to" or "into" or "in" && context.IsWord(i - 1, "and") || NeighbourWords.Contains(t, context.Gazetteer.Words))
                       // "spoke with X, with Y and with Z": a list of partners repeats its "with".
                       || relation is RelationType.InContactWith or RelationType.NegotiatesWith or RelationType.AlliedWith && t.IsWordLike && t.Key == "with"
                          && (context.IsWord(i - 1, "and") || context.Tokens[i - 1].Is(','))
                       || t.IsWordLike && (Words.Determiners.Contains(t, context.Gazetteer.Words) || Words.SubdivisionTypes.Contains(t, context.Gazetteer.Words))))
            {
                if (!t.IsWordLike || t.Key is "groups" or "militants" or "organisations" or "organizations" or "countries" or "provinces" or "forces" or "parts" or "areas"
                    or "troops" or "soldiers" || GroupNouns.Contains(t, context.Gazetteer.Words))
                {
                    i++;
                    continue;
                }
                // "and the Rohingya militias": a word describing the group noun after it.
                if (context.IsAnyWord(i + 1, GroupNouns) && context.MentionAt(i) is null)
                {
                    i++;
                    continue;
                }
                // "… and the militias allied with them, X and Y": the names in apposition to a described group.
                if (context.IsAnyWord(i - 1, GroupNouns) && ListAfterDescription(context, i, end) is var list and >= 0)
                {
                    i = list;
                    continue;
                }
                return found;
            }
            i++;
        }
        return found;
    }

    // Where the examples start after "such as", "including" or ", including" at <paramref name="i"/>, or -1.
    private static int ExamplesAfter(ArticleContext context, int i) =>
        context.IsWord(i, "such") && context.IsWord(i + 1, "as") ? i + 2
        : context.IsWord(i, "including") ? i + 1
        : context.Tokens[i].Is(',') && context.IsWord(i + 1, "including") ? i + 2
        : -1;

    // "the militias allied with them, X and Y": where the names after a described group's participle start, or -1.
    private static int ListAfterDescription(ArticleContext context, int participle, int end)
    {
        for (var i = participle; i < end && i < participle + 6; i++)
        {
            if (context.Tokens[i].Is(','))
                return i + 1 < end && (context.MentionAt(i + 1) is { Entity.IsActor: true } || context.IsWord(i + 1, "the") && context.MentionAt(i + 2) is { Entity.IsActor: true }) ? i + 1 : -1;
            if (!context.Tokens[i].IsWordLike || context.MentionAt(i) is { Form: not MentionForm.Anaphor })
                return -1;
        }
        return -1;
    }

    private static readonly WordSet GroundPrepositions = ["in", "inside", "across", "throughout", "within"];

    private static readonly WordSet RegionWords =
    [
        "whole", "of", "central", "part", "parts", "south", "north", "east", "west", "far",
    ];

    // "to Mopti and to the neighbouring Ségou region": words that may stand before a later place of a list.
    private static readonly WordSet NeighbourWords = ["neighbouring", "neighboring", "nearby", "adjacent"];

    private static readonly WordSet GovernmentNouns = ["government", "administration", "regime"];

    // "killed three Ugandan soldiers" where the article names the Ugandan army: its soldiers are the force's.
    private static EntityDraft? SoldiersOfNamedForce(ArticleContext context, Mention m, bool soldiers) =>
        soldiers && m.Entity is { Kind: EntityKind.Country, IsoCode: { } iso } && !PoliceNounAt(context, m.EndToken)
            ? StateForces.NamedForceOf(context, iso)
            : null;

    // "backed the government of President X": the government a head of state leads stands for the state.
    private static EntityDraft? GovernmentLedBy(ArticleContext context, Mention m)
    {
        if (m.Entity is not { Kind: EntityKind.Official, Organisation: { Kind: EntityKind.Country } state })
            return null;
        // "of President X": the title before the name.
        var of = m.FirstToken - 1;
        while (of > m.FirstToken - 3 && of > 0 && context.Tokens[of].IsCapitalised && context.MentionAt(of) is null)
            of--;
        return context.IsWord(of, "of") && context.IsAnyWord(of - 1, GovernmentNouns) ? state : null;
    }

    // "struck targets in northern Iraq": a country named, after a locative preposition, by the region of it where the
    // blows fell is the ground of the attack ("targets in Iran" may be the country's own).
    private static bool InGround(ArticleContext context, int from, int place)
    {
        var i = place - 1;
        var region = false;
        while (i > from && (context.Tokens[i].Is('-') || context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } t && !GroundPrepositions.Contains(t, context.Gazetteer.Words)
               && (Words.Determiners.Contains(t, context.Gazetteer.Words) || t.Key.EndsWith("ern", StringComparison.Ordinal) || RegionWords.Contains(t, context.Gazetteer.Words))))
        {
            region |= context.Tokens[i].Key.EndsWith("ern", StringComparison.Ordinal) || context.IsWord(i, "central");
            i--;
        }
        // "fought in Uganda": a place right after the verb is where it was done.
        return (region || i == from) && context.IsAnyWord(i, GroundPrepositions);
    }

    // The groups named in the three sentences before token <paramref name="at"/>.
    private static List<EntityDraft> RecentGroups(ArticleContext context, int at)
    {
        var limit = context.Sentences[Math.Max(0, context.SentenceOfToken[at] - 3)].FirstToken;
        var groups = new List<EntityDraft>();
        for (var i = limit; i < at; i++)
        {
            if (context.MentionAt(i) is { Entity: { Kind: EntityKind.Group } g, Form: MentionForm.Name } && !groups.Contains(g))
                groups.Add(g);
        }
        return groups;
    }

    private static readonly WordSet Possessives = ["its", "their", "our"];

    private static readonly WordSet Holdings =
    [
        "base", "bases", "positions", "position", "camp", "camps", "convoy", "convoys", "post", "posts", "outpost", "outposts", "patrol",
        "barracks", "checkpoint", "checkpoints", "headquarters", "stronghold", "strongholds", "embassy", "embassies", "consulate",
        "consulates",
    ];

    // Whom "its"/"their" before an object stands for: the speaker's side when that is not the subject ("X ambushed its
    // soldiers", said the army), else the group named before that is not the subject ("vowed to pursue its fighters").
    private static EntityDraft? Possessor(ArticleContext context, ClaimDraft claim, int pronoun, EntityDraft? subject)
    {
        if (subject is null)
            return null;
        if (SpeakerSide(claim) is { } side && side != subject)
            return side;
        return Antecedent(context, pronoun, [subject]);
    }

    // "… and much of North Kivu": a place a few words after "and".
    private static bool PlaceAhead(ArticleContext context, int from, int end)
    {
        for (var i = from; i < end && i < from + 4; i++)
        {
            if (context.MentionAt(i) is { Entity.IsPlace: true })
                return true;
            if (!context.Tokens[i].IsWordLike || context.Tokens[i].Case != TokenCase.Lower)
                return false;
        }
        return false;
    }

    private static readonly WordSet ForceNouns =
    [
        "soldiers", "troops", "forces", "servicemen", "positions",
    ];

    // "met Kenyan officials", "held talks with Ugandan intelligence officials", "expelled the French ambassador": the people
    // a state sends to meet, talk or represent it stand for the state.
    private static readonly WordSet StatePeople =
    [
        "officials", "official", "delegation", "delegations", "diplomats", "diplomat", "envoys", "envoy", "negotiators",
        "authorities", "counterparts", "counterpart", "mediators", "representatives", "emissaries", "ambassador", "ambassadors",
    ];

    private static readonly WordSet StatePeopleKinds = ["intelligence", "military", "security", "government", "defence", "defense", "foreign", "senior"];

    private static bool StatePeopleAt(ArticleContext context, int i)
    {
        if (context.IsAnyWord(i, StatePeopleKinds) && context.MentionAt(i) is null)
            i++;
        return context.IsAnyWord(i, StatePeople) && context.MentionAt(i) is null;
    }

    // "Kenyan border guards", "Ugandan air strikes": the branch written before a state's arm or act.
    private static readonly WordSet ArmBranches = ["air", "border", "naval", "frontier", "coast"];

    // "killed a dozen Kenyan crusaders": what an armed group's statements call a state's soldiers.
    private static readonly WordSet HostileNamesForSoldiers =
    [
        "crusaders", "apostates", "occupiers", "invaders", "mercenaries", "infidels", "tyrants",
    ];

    // "its remaining fighters", "their men": a possessive before a noun of a side's members.
    private static bool PossessedSide(ArticleContext context, int from, int end)
    {
        for (var i = from; i < end && i < from + 2; i++)
        {
            if (context.IsAnyWord(i, SideNouns) || context.IsAnyWord(i, Holdings))
                return true;
            if (context.Tokens[i] is not { Kind: TokenKind.Word, Case: TokenCase.Lower } || context.MentionAt(i) is not null)
                return false;
        }
        return false;
    }

    // Where the last member of a list of lower-case targets starts, when it is an actor's holding ("and checkpoints
    // of X", "and an SDF barracks"), or -1.
    private static int ListEndsInHolding(ArticleContext context, int from, int end)
    {
        for (var i = from; i < end && i < from + 16; i++)
        {
            var t = context.Tokens[i];
            if (t.IsWordLike && t.Key is "and" or "or")
                return OfActorAhead(context, i + 1, end) ? i + 1 : -1;
            if (context.MentionAt(i) is not null || !(t.Is(',') || t.Is('-') || t is { Kind: TokenKind.Word, Case: TokenCase.Lower })
                || t.IsWordLike && Words.ClauseOpeners.Contains(t, context.Gazetteer.Words))
                return -1;
        }
        return -1;
    }

    // "the military and political leadership of X": lower-case words joined by "and" before "of" and an actor.
    private static bool OfActorAhead(ArticleContext context, int from, int end)
    {
        for (var i = from; i < end && i < from + 4; i++)
        {
            if (context.IsWord(i, "of"))
                return context.MentionAt(i + 1) is { Entity.IsActor: true } || context.IsWord(i + 1, "the") && context.MentionAt(i + 2) is { Entity.IsActor: true };
            // "an oil depot and an SDF barracks": an actor's holding further on in the list.
            if (context.MentionAt(i) is { Entity.IsActor: true, Form: MentionForm.Name } owner && owner.FirstToken == i && context.IsAnyWord(owner.EndToken, Holdings))
                return true;
            if (context.Tokens[i] is not { Kind: TokenKind.Word, Case: TokenCase.Lower } || context.MentionAt(i) is not null)
                return false;
        }
        return false;
    }
}

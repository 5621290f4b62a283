using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Finds organisations and groups the gazetteer does not list, by the shape of their names:
/// "Ministry of X", "X Ministry", "X network", "X Front", "X Brigade(s)", "X Movement", "Islamic State in X".
/// A ministry takes the country of a demonym before it ("Afghan Ministry of Interior Affairs").
/// </summary>
internal static partial class NamePatterns
{
    private static readonly WordSet GroupHeads =
    [
        "network", "front", "brigade", "brigades", "movement", "militia", "legion", "battalion", "battalions",
        "army", "mujahideen", "mujahidin", "forces", "force", "corps", "committee", "council", "bureau", "service",
        "academy", "apparatus", "group", "republic", "directorate", "commission", "authority", "agency", "institute",
        "police", "guard", "cartel", "squad", "unit", "resistance", "party", "church", "alliance", "coalition",
        "union", "rally", "congress", "convention", "association", "society",
    ];

    // Heads that name a party or movement by what it stands for: "the Party for Democracy and Socialism", "the Union for
    // Peace in Central Africa". The last four name a body only so ("the African Union" is listed, "Union Minister" is a title).
    private static readonly WordSet ForHeads = ["party", "movement", "front", "alliance", "coalition", "union", "rally", "congress", "convention"];

    private static readonly WordSet OnlyForHeads = ["union", "rally", "congress", "convention"];

    // Heads that name a body by their "of" phrase alone: "the Council of Ministers", "the Commission of Inquiry".
    private static readonly WordSet OfHeads = ["council", "committee", "commission", "bureau", "directorate", "authority"];

    private static readonly WordSet CommandAreas = ["region", "area", "command", "headquarters", "district"];

    // Heads that end a name only where no capitalised word follows them.
    private static readonly WordSet OpenHeads = ["police", "guard", "cartel", "resistance", "party"];

    // Heads that name a public or civil body whatever words come before them: "Frontier Corps", "State Border Service",
    // "Peace and Security Bureau", "SITE Intelligence Group".
    private static readonly WordSet BodyHeads =
    [
        "corps", "bureau", "service", "academy", "directorate", "commission", "authority", "agency", "institute", "group",
        "police", "guard", "squad", "unit", "church", "association", "society",
    ];

    /// <summary>
    /// Arabic words that open the names of armed and political movements ("Jamaat …", "Jaish …", "Harakat …"): a
    /// capitalised run they open is a group, never a person however its "al-" reads.
    /// </summary>
    private static readonly WordSet ArabicGroupHeads =
    [
        "jamaat", "jamaah", "jamaa", "jaish", "jaysh", "harakat", "harakah", "kataib", "kata'ib", "liwa", "saraya", "hizb", "jabhat",
        "ansar", "ansaru", "tanzim", "ahrar", "jund", "junud", "asaib", "firqat", "tahrir",
    ];

    private static readonly WordSet CompanyHeads =
    [
        "shipping", "maritime", "ambulance", "airlines", "airways", "petroleum", "energies", "mining", "logistics",
        "holdings", "corporation", "ltd", "inc", "plc", "llc", "gmbh", "industries", "bank",
    ];

    // "Frente 33", "Brigade 313", "Bloque 5": armed units named by number, in several languages.
    private static readonly WordSet UnitHeads =
    [
        "frente", "front", "brigade", "brigada", "bloque", "battalion", "batallon", "katiba", "liwa", "regiment", "division", "column",
    ];

    private static readonly WordSet Joiners = ["of", "for", "the", "and", "al", "el", "de", "in", "on"];

    // Every word a name's head can be: most tokens are none of them, and one test turns them away before the heads are
    // tried in turn. A class of its own, so that the union is made once the sets of every part of this class are.
    private static class AnyHead
    {
        public static readonly WordSet Words = WordSet.Of(
            ["ministry", "office", "operation", .. GroupHeads, .. OutletHeads, .. CompanyHeads, .. UnitHeads, .. ArabicGroupHeads]);
    }

    public static void Run(ArticleContext context)
    {
        var outlets = new List<EntityDraft>();
        foreach (var s in context.Sentences)
        {
            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                var t = context.Tokens[i];
                if (!t.IsWordLike || !AnyHead.Words.Contains(t, context.Gazetteer.Words))
                    continue;
                if (t.Key is "ministry" && (t.IsCapitalised || context.IsAnyWord(i - 1, MinistryDomains)
                                            || context.IsWord(i + 1, "of") && context.IsAnyWord(i + 2, MinistryDomains)))
                    i = Ministry(context, i, s.FirstToken, s.EndToken);
                // "the Foreign Office", "Pakistan's foreign office": a foreign ministry under its other name.
                else if (t.Key is "office" && context.IsWord(i - 1, "foreign")
                         && (t.IsCapitalised && context.Tokens[i - 1].IsCapitalised || CountryBefore(context, i - 1, out _) is not null))
                    i = Ministry(context, i, s.FirstToken, s.EndToken);
                else if (GroupHeads.Contains(t, context.Gazetteer.Words) && (t.IsCapitalised || t.Key == "network"))
                    i = Group(context, i, s.FirstToken, s.EndToken);
                else if (t.IsCapitalised && OutletHeads.Contains(t, context.Gazetteer.Words))
                    i = Outlet(context, i, s.FirstToken, s.EndToken, outlets);
                else if (t.IsCapitalised && CompanyHeads.Contains(t, context.Gazetteer.Words))
                    i = Company(context, i, s.FirstToken, s.EndToken);
                else if (t.IsCapitalised && UnitHeads.Contains(t, context.Gazetteer.Words) && i + 1 < s.EndToken && context.Tokens[i + 1].Kind == TokenKind.Number)
                    i = NumberedUnit(context, i);
                else if (t.Key == "operation" && t.IsCapitalised)
                    i = Operation(context, i, s.FirstToken, s.EndToken);
                else if (t.IsCapitalised && ArabicGroupHeads.Contains(t, context.Gazetteer.Words))
                    i = ArabicGroup(context, i, s.EndToken);
            }
        }
        IslamicStateProvinces(context);
        CalledGroups(context);
        DescribedOutlets(context);
        DropSilentOutlets(context, outlets);
    }

    private static int Group(ArticleContext context, int head, int sentenceStart, int sentenceEnd)
    {
        var start = CapitalisedRunBefore(context, head, sentenceStart, allowMentions: false);
        // "the 444th Combat Brigade": an ordinal opens a unit's name.
        if (start > sentenceStart && IsOrdinal(context, start - 1))
            start--;
        var key = context.Tokens[head].Key;
        var end = context.Tokens[head].IsCapitalised ? ComplementAfter(context, head + 1, sentenceEnd) : head + 1;
        // "the Popular Resistance in North Kordofan", "the Military Academy in Kakul": where a body acts or stands is no
        // part of its name.
        // "talks with the Lakeland Liberation Front in Lilongwe": nor for a body the article has already named without it.
        if (end > head + 1 && context.IsWord(head + 1, "in")
            && (BodyHeads.Contains(key) || context.MentionAt(context.IsWord(head + 2, "the") ? head + 3 : head + 2) is { Entity.IsPlace: true }
                || context.Entities.Find(context.Text(start, head + 1)) is not null))
            end = head + 1;
        // "the (Russian) Orthodox Church" is a body; "Santa Maria Catholic Church", where a bomb went off, is a building.
        if (key == "church" && (start == head || !Enumerable.Range(start, head - start).All(i => context.IsAnyWord(i, Denominations))))
            return head;
        var forName = end > head + 2 && context.IsWord(head + 1, "for") && ForHeads.Contains(key);
        if (!forName && OnlyForHeads.Contains(key))
            return head;
        // "the Republic of Nagorno-Karabakh", "the Council of Ministers": a head with only its "of" phrase.
        if (start == head && !forName && (end == head + 1 || key != "republic" && !OfHeads.Contains(key)))
            return head;
        // "Central Reserve Police Force", "Border Guard Bangladesh": the name goes on past a word that closes others.
        if (OpenHeads.Contains(key) && end < sentenceEnd && context.Tokens[end].Kind == TokenKind.Word && context.Tokens[end].IsCapitalised)
            return head;
        // "the Communist Party of the Philippines": a country closing the "of" phrase belongs to the name.
        var ownPart = context.MentionAt(end - 1) is { Entity.Kind: EntityKind.Country } owner && owner.FirstToken > head + 1 && owner.EndToken == end
            ? owner.FirstToken : end;
        if (context.Covered(start, ownPart) || key == "army" && CountryBefore(context, start, out _) is not null || DatelineCredit.Covers(context, start, end))
            return head;
        // "the Fourth Army Region", "the Northern Army Command": a command area of a force is a state body.
        var commandArea = end < sentenceEnd && context.Tokens[end].IsCapitalised && context.IsAnyWord(end, CommandAreas);
        if (commandArea)
            end++;
        // "the pro-Kurdish DEM Party": a political party is a political group, whatever its name says.
        var kind = key is "republic" or "party" || forName || key == "group" && IsGroupName(context, start, end) ? EntityKind.Group
            : start == head && OfHeads.Contains(key) ? EntityKind.Organisation
            : commandArea || BodyHeads.Contains(key) || IsStateBody(context, start, end) ? EntityKind.Organisation : EntityKind.Group;
        // "the Sudan Doctors Network": a country's name after "the" opens the body's name.
        Mention? absorbed = null;
        if (start < head && context.MentionAt(start - 1) is { Entity.Kind: EntityKind.Country, Form: MentionForm.Name } country && country.EndToken == start
            && context.IsWord(country.FirstToken - 1, "the"))
            (start, absorbed) = (country.FirstToken, country);
        // "the Malawian Human Rights Commission", "the Zambian Press Agency": a demonym opens a civil body's name; a
        // force or police named so ("the Malawian Army") stays the country's, which the state-force rules read.
        else if ((start < head || forName) && DemonymOpensName(context, start, key, forName) is { } demonym)
            (start, absorbed) = (demonym.FirstToken, demonym);
        var phrase = context.Text(start, end);
        var draft = context.Entities.Find(phrase) ?? context.Entities.Find(Inverted(context, head, start, end)) ?? context.Entities.Listed(phrase + "s")
                    ?? context.Entities.Listed(phrase.TrimEnd('s')) ?? context.Entities.Named(kind, phrase);
        draft.AddAlias(phrase);
        draft.Category ??= CategoryOf(key, kind, forName);
        NationalForce(context, draft, key, absorbed?.Entity ?? CountryBefore(context, start, out _) ?? (ownPart < end ? context.MentionAt(ownPart)?.Entity : null));
        context.Add(new Mention(start, end, draft, MentionForm.Name));
        context.UnnameIfUnmentioned(absorbed?.Entity);
        return end - 1;
    }

    private static string? CategoryOf(string head, EntityKind kind, bool forName) => head switch
    {
        "party" => "political party",
        "church" => "religious body",
        // "the Kenya Medical Association", "the Bar Association": a body of a trade or profession.
        "association" or "society" => "association",
        // "the Movement for X", "the Front for X": armed or political, the name does not say.
        "movement" or "front" when forName => null,
        _ when forName => "political group",
        _ => kind == EntityKind.Group ? "armed group" : "state body",
    };

    private static readonly WordSet Denominations =
    [
        "orthodox", "catholic", "anglican", "evangelical", "lutheran", "methodist", "baptist", "protestant", "coptic", "presbyterian",
        "pentecostal", "episcopal", "reformed", "apostolic",
    ];

    private static readonly WordSet DemonymBodyHeads = ["church", "association", "society", "commission", "agency", "authority", "institute", "academy", "bureau", "directorate", "service", "council", "committee"];

    // A party or movement named by what it stands for takes its demonym too: "the Nigerien Party for Democracy".
    private static Mention? DemonymOpensName(ArticleContext context, int start, string head, bool forName) =>
        (forName || DemonymBodyHeads.Contains(head))
        && context.MentionAt(start - 1) is { Entity.Kind: EntityKind.Country, Form: MentionForm.Demonym } demonym && demonym.EndToken == start
        && !(demonym.FirstToken > 0 && context.Tokens[demonym.FirstToken - 1] is { IsWordLike: true, IsCapitalised: true }
             && !context.IsAnyWord(demonym.FirstToken - 1, Words.Determiners))
            ? demonym : null;

    // "Republic of X" for "X Republic" and back: the same body named two ways.
    private static string Inverted(ArticleContext context, int head, int start, int end) =>
        start == head && end > head + 2 && context.IsWord(head + 1, "of")
            ? $"{context.Text(head + 2, end)} {context.Text(head, head + 1)}"
            : end == head + 1 && start < head ? $"{context.Text(head, head + 1)} of {context.Text(start, head)}" : string.Empty;

    private static bool IsOrdinal(ArticleContext context, int i)
    {
        var text = context.Text(i, i + 1);
        return text.Length > 2 && char.IsDigit(text[0]) && text[^2..] is "st" or "nd" or "rd" or "th"
               || context.Tokens[i].IsCapitalised && SpelledOrdinals.Contains(context.Tokens[i], context.Gazetteer.Words);
    }

    private static readonly WordSet SpelledOrdinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    ];

    // "Islamic State Group", "Wagner Group": a group of fighters rather than a firm or a think tank.
    private static bool IsGroupName(ArticleContext context, int start, int end) =>
        Enumerable.Range(start, end - start).Any(i => context.Tokens[i].Key is "islamic" or "armed" or "liberation" or "resistance" or "jihad" or "militia" or "rebel");

    // "State Security Forces", "Joint Task Force": state bodies; "Popular Resistance Front": a group.
    private static readonly WordSet ForceHeads = ["army", "forces", "force"];

    // "the South Sudan People's Defence Forces", "the Armed Forces of Nigeria": a state body named as a force of a
    // country is that country's force, which "the army" and "soldiers" may stand for.
    private static void NationalForce(ArticleContext context, EntityDraft draft, string head, EntityDraft? country)
    {
        if (draft.Category != "state body" || country is not { Kind: EntityKind.Country, IsoCode: { } iso } || !ForceHeads.Contains(head)
            || StateForces.IsAirOrNaval(draft) || StateForces.IsPolice(draft))
            return;
        draft.Category = "military force";
        draft.CountryIso ??= iso;
    }

    private static bool IsStateBody(ArticleContext context, int start, int end)
    {
        // "the South Sudan People's Defence Forces": a people's force named after its country is the state's.
        var national = CountryBefore(context, start, out _) is not null;
        if (Enumerable.Range(start, end - start).Any(i => context.Tokens[i].Key is "civilian" or "popular" or "liberation" or "resistance" or "revolutionary" or "party"
                                                          || context.Tokens[i].Key == "people" && !national
                                                          || Words.CommunityWords.Contains(context.Tokens[i], context.Gazetteer.Words)))
            return false;
        for (var i = start; i < end; i++)
        {
            if (context.Tokens[i].Key is "state" or "security" or "armed" or "military" or "police" or "defence" or "defense" or "national"
                or "special" or "joint" or "federal" or "republican" or "presidential" or "council" or "committee" or "task")
                return true;
        }
        return false;
    }

    private static int NumberedUnit(ArticleContext context, int head)
    {
        var end = head + 2;
        if (context.Covered(head, end))
            return head;
        var phrase = context.Text(head, end);
        var draft = context.Entities.Find(phrase) ?? context.Entities.Named(EntityKind.Group, phrase);
        draft.Category ??= "armed group";
        context.Add(new Mention(head, end, draft, MentionForm.Name));
        return end - 1;
    }

    // "True Confidence Shipping", "Aamin Ambulance": companies by the word that ends their names.
    private static int Company(ArticleContext context, int head, int sentenceStart, int sentenceEnd)
    {
        var start = CapitalisedRunBefore(context, head, sentenceStart, allowMentions: false);
        // "the Bank of Agriculture": a bank named by its "of" phrase alone.
        if (start == head && context.IsWord(head, "bank") && context.IsWord(head + 1, "of") && ComplementAfter(context, head + 1, sentenceEnd) is var named
            && named > head + 2 && !context.Covered(head, named))
        {
            AddOrganisation(context, head, named, "company");
            return named - 1;
        }
        // "Ethiopian Airlines", "Turkish Aerospace Industries": a national carrier or firm named by its country.
        var country = context.MentionAt(start - 1) is { Entity.Kind: EntityKind.Country } before && before.EndToken == start ? before : null;
        var first = country?.FirstToken ?? start;
        // "the West Bank", "the Left Bank": a river's bank is a place, not a firm.
        if (first == head || context.Covered(start, head + 1) || context.IsWord(head, "bank") && context.IsAnyWord(head - 1, RiverBanks))
            return head;
        var end = head + 1;
        while (end < context.Tokens.Count && context.IsAnyWord(end, CompanyHeads) && context.Tokens[end].IsCapitalised)
            end++;
        AddOrganisation(context, first, end, "company");
        context.UnnameIfUnmentioned(country?.Entity);
        return end - 1;
    }

    private static readonly WordSet RiverBanks = ["west", "east", "north", "south", "left", "right"];

    // "Operation Hadin Kai", "Operation Claw-Lock": a named military operation is an organisation.
    private static int Operation(ArticleContext context, int head, int sentenceStart, int sentenceEnd)
    {
        // "the Cartenz Peace Operation": a task force named before the word.
        var before = CapitalisedRunBefore(context, head, sentenceStart, allowMentions: false);
        if (before < head && !(context.Covered(before, head + 1)) && !(head + 1 < sentenceEnd && context.Tokens[head + 1].IsCapitalised))
        {
            AddOrganisation(context, before, head + 1, "military operation");
            return head;
        }
        var end = CapitalisedRunEnd(context, head + 1, sentenceEnd, 3);
        while (end < sentenceEnd && end + 1 < sentenceEnd && context.Tokens[end].Is('-') && context.Tokens[end + 1].IsCapitalised)
            end = CapitalisedRunEnd(context, end + 1, sentenceEnd, 3);
        if (end == head + 1 || context.Covered(head, end))
            return head;
        var draft = AddOrganisation(context, head, end, "military operation");
        context.Entities.Learn(draft, context.Text(head + 1, end));
        return end - 1;
    }

    // "Jamaat Ansar al-Furqan", "Jaish al-Adl": the head, then capitalised words joined by hyphens and name particles.
    private static int ArabicGroup(ArticleContext context, int head, int sentenceEnd)
    {
        var end = head + 1;
        while (end < sentenceEnd && context.MentionAt(end) is null)
        {
            if (context.Tokens[end] is { Kind: TokenKind.Word, IsCapitalised: true } && !Words.NotNames.Contains(context.Tokens[end], context.Gazetteer.Words))
                end++;
            // "al-Adl", "Sawa'id": a hyphen or an apostrophe inside a word joins its parts.
            else if ((context.Tokens[end].Is('-') || context.Tokens[end].Is('\'') && context.Tokens[end - 1].End == context.Tokens[end].Start)
                     && end + 1 < sentenceEnd && context.Tokens[end + 1].IsWordLike && context.Tokens[end + 1].Start == context.Tokens[end].End)
                end += 2;
            else if (context.IsAnyWord(end, ArabicParticles) && end + 1 < sentenceEnd && (context.Tokens[end + 1].IsCapitalised || context.Tokens[end + 1].Is('-')))
                end++;
            else
                break;
        }
        // "Jama'atul Ansar …": a word written onto the head with an apostrophe opens the name with it.
        var start = head;
        if (head > 0 && context.Tokens[head - 1].IsWordLike && context.MentionAt(head - 1) is null)
        {
            var word = head - 1;
            while (word > 0 && context.Tokens[word - 1].End == context.Tokens[word].Start && context.MentionAt(word - 1) is null
                   && (context.Tokens[word - 1].IsWordLike || context.Tokens[word - 1].Is('\'')))
                word--;
            if (word < head - 1 && context.Tokens[word].IsCapitalised)
                start = word;
        }
        if (end == head + 1 || context.Covered(start, end))
            return head;
        var phrase = context.Text(start, end);
        var draft = context.Entities.Find(phrase) ?? context.Entities.Named(EntityKind.Group, phrase);
        draft.Category ??= "armed group";
        context.Add(new Mention(start, end, draft, MentionForm.Name));
        return end - 1;
    }

    private static readonly WordSet ArabicParticles = ["al", "el", "ul", "ud", "wal", "wa", "an", "ash", "as", "ad", "ar", "at", "az"];

    private static EntityDraft AddOrganisation(ArticleContext context, int start, int end, string category)
    {
        var phrase = context.Text(start, end);
        var draft = context.Entities.Find(phrase) ?? context.Entities.Named(EntityKind.Organisation, phrase);
        draft.Category ??= category;
        context.Add(new Mention(start, end, draft, MentionForm.Name));
        return draft;
    }

    /// <summary>
    /// Where a run of capitalised words from <paramref name="from"/> ends: at most <paramref name="maxTokens"/> tokens,
    /// short of a mention or a word that opens no name; with <paramref name="hyphens"/>, a hyphen joins two of its words.
    /// </summary>
    internal static int CapitalisedRunEnd(ArticleContext context, int from, int end, int maxTokens, bool hyphens = false)
    {
        var i = from;
        while (i < end && i - from < maxTokens && context.MentionAt(i) is null
               && (context.Tokens[i].Kind == TokenKind.Word && context.Tokens[i].IsCapitalised && !Words.NotNames.Contains(context.Tokens[i], context.Gazetteer.Words)
                   || hyphens && context.Tokens[i].Is('-') && i > from && i + 1 < end && context.Tokens[i + 1].IsCapitalised))
            i++;
        return i;
    }

    private static readonly WordSet ArmedGroupNouns =
    [
        "group", "militia", "faction", "movement", "outfit", "gang", "organisation", "organization", "network", "cell",
    ];

    // The words that introduce a name ("a group called X", "known as X").
    private static readonly WordSet NamingWords = ["called", "named", "known"];

    /// <summary>
    /// "a separatist militia known as the Western Valley Warriors", "a terrorist group called Blue Nile Lions": a
    /// capitalised name that a description of an armed group introduces is that group, whatever its last word.
    /// </summary>
    private static void CalledGroups(ArticleContext context)
    {
        for (var i = 1; i + 1 < context.Tokens.Count; i++)
        {
            // Most tokens are none of the three words: one test turns them away.
            if (!context.IsAnyWord(i, NamingWords))
                continue;
            var after = context.IsWord(i, "called") || context.IsWord(i, "named") ? i + 1
                : context.IsWord(i, "known") && context.IsWord(i + 1, "as") ? i + 2 : -1;
            if (after < 0 || !context.IsAnyWord(i - 1, ArmedGroupNouns) || context.Tokens[i - 1].IsCapitalised)
                continue;
            if (context.IsWord(after, "the") && !context.Tokens[after].IsCapitalised)
                after++;
            var end = CapitalisedRunEnd(context, after, context.Tokens.Count, 6);
            if (end - after < 2 || context.Covered(after, end))
                continue;
            var draft = context.Entities.Find(context.Text(after, end)) ?? context.Entities.Named(EntityKind.Group, context.Text(after, end));
            draft.Category ??= "armed group";
            context.Add(new Mention(after, end, draft, MentionForm.Name));
            i = end;
        }
    }

    // "Islamic State in Somalia", "Islamic State's Sahel Province": a branch of a listed parent.
    private static void IslamicStateProvinces(ArticleContext context)
    {
        foreach (var m in context.Mentions.ToList())
        {
            if (m.Entity?.Name != "Islamic State" || m.Form != MentionForm.Name)
                continue;
            var end = context.SentenceOf(m.FirstToken).EndToken;
            var i = m.EndToken;
            // Branches are named for countries and wide regions; "fought the Islamic State in Kidal" only says where.
            if (context.IsWord(i, "in") && i + 1 < end && context.MentionAt(i + 1) is { Entity: { IsPlace: true, Kind: not EntityKind.Province } } place
                && place.FirstToken == i + 1)
            {
                var name = $"Islamic State in {place.Entity!.Name}";
                var draft = context.Entities.Named(EntityKind.Group, name);
                draft.Category ??= "armed group";
                draft.PartOf ??= "Islamic State";
                context.Add(new Mention(m.FirstToken, place.EndToken, draft, MentionForm.Name));
            }
        }
    }

    private static int CapitalisedRunBefore(ArticleContext context, int head, int sentenceStart, bool allowMentions)
    {
        var start = head;
        var words = 0;
        for (var i = head - 1; i >= sentenceStart && words < 5; i--)
        {
            var t = context.Tokens[i];
            if (t.Is('-') && !IsSpaced(context, i) || t.Is('\''))
                continue;
            // "Truth and Reconciliation Commission": "and" between two capitalised words of the name.
            if (t.IsWordLike && t.Key == "and" && i > sentenceStart && i + 1 < head && start == i + 1 && context.Tokens[i - 1] is { IsWordLike: true, IsCapitalised: true }
                && context.MentionAt(i - 1) is null && !Words.NotNames.Contains(context.Tokens[i - 1], context.Gazetteer.Words))
                continue;
            // "People's Defence Forces": a possessive inside the name.
            if (t.Key == "s" && i >= 2 && context.Tokens[i - 1].Is('\'') && context.Tokens[i - 2].Case == TokenCase.Capitalised)
                continue;
            if (!t.IsWordLike || !t.IsCapitalised || Words.NotNames.Contains(t, context.Gazetteer.Words) && !(t.Key is "al" or "el")
                || !allowMentions && context.MentionAt(i) is not null)
                break;
            start = i;
            words++;
        }
        // "the pro-Kurdish DEM Party": a word bound to a lower-case prefix describes the name rather than opening it.
        if (start < head && start >= 2 && context.Tokens[start - 1].Is('-') && context.Tokens[start - 2].Kind == TokenKind.Word
            && context.Tokens[start - 2].Case == TokenCase.Lower)
            start++;
        while (start < head && !context.Tokens[start].IsWordLike)
            start++;
        return start;
    }

    // "16:50 GMT – Joint Forces …": a dash with spaces around it parts a heading from a name, where "Al-Qaeda" joins.
    private static bool IsSpaced(ArticleContext context, int i) =>
        i > 0 && i + 1 < context.Tokens.Count && context.Tokens[i - 1].End < context.Tokens[i].Start && context.Tokens[i].End < context.Tokens[i + 1].Start;

    // "of Interior Affairs", "for the Liberation of Palestine": joiners and capitalised words, ending on a capital.
    private static int ComplementAfter(ArticleContext context, int from, int sentenceEnd)
    {
        var end = from;
        var i = from;
        while (i < sentenceEnd && i < from + 10)
        {
            var t = context.Tokens[i];
            if (t.IsWordLike && t.IsCapitalised && !Words.NotNames.Contains(t, context.Gazetteer.Words))
                end = i + 1;
            else if (!(t.IsWordLike && Joiners.Contains(t, context.Gazetteer.Words) || t.Is('-') || t.Is('\'')))
                break;
            i++;
        }
        // "the Law Society and the Bar Association": a complement opens with "of", "for" or the like; "and" joins two names.
        return context.Tokens[from < sentenceEnd ? from : sentenceEnd - 1].IsWordLike && end > from
            && Joiners.Contains(context.Tokens[from], context.Gazetteer.Words) && !context.IsWord(from, "and") ? end : from;
    }
}

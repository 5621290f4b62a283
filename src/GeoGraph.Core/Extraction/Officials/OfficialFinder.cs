using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Officials;

/// <summary>
/// Finds named officials with their title, role and organisation, whichever order the article uses:
/// "Brigadier General Charles Cleveland, deputy chief of staff for communications for Operation Resolute
/// Support", "Afghan Ministry of Interior Affairs spokesman Sediq Sediqqi", "Jens Stoltenberg, NATO
/// secretary general", "the Taliban's spokesman, Zabihullah Mujahid".
/// </summary>
internal static class OfficialFinder
{
    public static void Run(ArticleContext context)
    {
        LedBy(context);
        foreach (var s in context.Sentences)
        {
            var i = s.FirstToken;
            while (i < s.EndToken)
            {
                var title = TitleFinder.At(context, i, s.EndToken);
                // "CRPF constable Arun Das": a rank in lower case after the body it serves.
                if (title is not null && (context.Tokens[i].IsCapitalised || title.IsOffice
                                          || title.IsRank && context.MentionAt(i - 1) is { Entity: { IsActor: true, Kind: not EntityKind.Official } }))
                {
                    // "The national ombudsman, Iris Marín, said", "The head of the Presidential Council, Mohamed al-Menfi,":
                    // the title (and whose office it is), then the name between commas.
                    var comma = OwnerEnd(context, title, s.EndToken, out var owner);
                    var rank = title.IsOffice && comma + 1 < s.EndToken && context.Tokens[comma].Is(',')
                        ? TitleFinder.At(context, comma + 1, s.EndToken)
                        : null;
                    // "the police spokesperson, Commissioner X,": a rank or an office before the name is no part of it.
                    var nameStart = rank is not null ? rank.End : comma + 1;
                    if (title.IsOffice && comma + 1 < s.EndToken && context.Tokens[comma].Is(',')
                        && PersonName.EndOf(context, nameStart, s.EndToken) is var appositiveEnd
                        && PersonName.WordCount(context, nameStart, appositiveEnd) >= 2
                        && (appositiveEnd >= s.EndToken || context.Tokens[appositiveEnd].Is(',') || context.Tokens[appositiveEnd].Is('.')))
                    {
                        var named = Register(context, nameStart, appositiveEnd);
                        TitleBefore(context, named, title, s.FirstToken);
                        if (owner is not null)
                            named.Organisation ??= owner;
                        if (rank is { IsRank: true })
                            named.Title ??= rank.Titles[0].Name;
                        // "Mexico City's security chief, X, head of the city's Secretariat of Citizen Security": a second
                        // apposition may name the body.
                        RoleAfter(context, named, appositiveEnd, s.EndToken);
                        i = appositiveEnd;
                        continue;
                    }
                    var nameEnd = PersonName.EndOf(context, title.End, s.EndToken);
                    var words = PersonName.WordCount(context, title.End, nameEnd);
                    if (words >= 2 || words == 1 && title.IsRank)
                    {
                        // "Lt Gen Paisan" after "Lt Gen Paisan Nusang": some are called by their given name.
                        var official = words == 1 && GivenNameOf(context, title.End) is { } known
                            ? Mention(context, title.End, nameEnd, known)
                            : Register(context, title.End, nameEnd);
                        TitleBefore(context, official, title, s.FirstToken);
                        RoleAfter(context, official, nameEnd, s.EndToken);
                        i = nameEnd;
                        continue;
                    }
                    i = Math.Max(i + 1, title.End);
                    continue;
                }
                // "One of the group's commanders, Ali Dhere, said": one of several holders of an office, then the name.
                if (title is null && OneOfManyBefore(context, i, s.EndToken) is { } afterName)
                {
                    i = afterName;
                    continue;
                }
                if (context.Tokens[i].Kind == Tokens.TokenKind.Word && context.Tokens[i].IsCapitalised && context.MentionAt(i) is null
                    && !GluedByHyphen(context, i)
                    && (i == s.FirstToken || !context.Tokens[i - 1].IsWordLike || !context.Tokens[i - 1].IsCapitalised
                        || context.IsAnyWord(i - 1, Words.InstitutionWords) && context.MentionAt(i - 1) is null
                        || context.IsAnyWord(i - 1, Words.DateWords) && context.MentionAt(i - 1) is null))
                {
                    var nameEnd = PersonName.EndOf(context, i, s.EndToken);
                    var words = PersonName.WordCount(context, i, nameEnd);
                    var sentenceInitial = i == s.FirstToken || !context.Tokens[i - 1].IsWordLike && i - 1 == s.FirstToken;
                    // "On 3 May Omar Haddad, the spokesman of …": a date word before the name is not part of it.
                    // "a rally in Madhubani, Prime Minister …": a name after "in" or "from" is a place, not the person described.
                    // "In a post on X, President …": a lone word after "on" is where something was posted.
                    var placed = i > s.FirstToken && context.Tokens[i - 1].IsWordLike && (context.Tokens[i - 1].Key is "in" or "at" or "near" or "from" or "into" or "outside" or "inside"
                                                                                           || words == 1 && context.Tokens[i - 1].Key == "on");
                    // "the towns of X, Y and Z, the press secretary …, Aram Torosyan": a lone word closing a list is a place.
                    var listed = words == 1 && i > s.FirstToken && (context.IsWord(i - 1, "and") || context.IsWord(i - 1, "or") || context.Tokens[i - 1].Is(','));
                    if ((words >= 2 || words == 1 && !sentenceInitial) && !placed && (sentenceInitial || !ClosingReportingClause(context, nameEnd, s.EndToken))
                        && Appositive(context, nameEnd, s.EndToken) is { } role
                        && (role.Role is not null || !listed))
                    {
                        var official = Register(context, i, nameEnd);
                        ApplyRole(official, role);
                        i = nameEnd;
                        continue;
                    }
                    // "Arlene Foster of the Democratic Unionist Party": a full name tied to a body by "of" is its member.
                    // "the Diocese of Raška-Prizren of the Church": a name after "of" is a place or a body's, not a person's.
                    if (words >= 2 && !placed && !context.IsWord(i - 1, "of") && MemberOf(context, nameEnd, s.EndToken) is { } body)
                    {
                        var member = Register(context, i, nameEnd);
                        member.Organisation ??= body;
                        i = nameEnd;
                        continue;
                    }
                    // "Fátima Abdala, who runs the local office of Caritas,": only a person is described by "who".
                    if (words >= 2 && !placed && !listed && nameEnd + 2 < s.EndToken && context.Tokens[nameEnd].Is(',') && context.IsWord(nameEnd + 1, "who")
                        && context.IsAnyWord(nameEnd + 2, OfficeVerbs) && !context.IsWord(i - 1, "of"))
                    {
                        Register(context, i, nameEnd);
                        i = nameEnd;
                        continue;
                    }
                    // "William Villamizar told reporters …": a full name as the subject of a verb of saying.
                    if (words >= 2 && nameEnd < s.EndToken && context.HasCue(nameEnd, CueKind.Speech))
                    {
                        Register(context, i, nameEnd);
                        i = nameEnd;
                        continue;
                    }
                    if (nameEnd > i)
                    {
                        i = nameEnd;
                        continue;
                    }
                }
                i++;
            }
        }
    }

    // "head of the Presidential Council", "spokesman of the Haitian National Police (PNH)", "governor of the Voronezh
    // region": where an office's "of" phrase ends (the token after it), and the actor it names; the title's end when
    // no such phrase follows.
    private static int OwnerEnd(ArticleContext context, TitleSpan title, int sentenceEnd, out EntityDraft? owner)
    {
        owner = null;
        var i = title.End;
        // "the Senior Divisional Officer (SDO) for Manyu, …": the title's own abbreviation.
        if (context.Tokens[i < sentenceEnd ? i : sentenceEnd - 1].Is('(') && i + 2 < sentenceEnd && context.Tokens[i + 2].Is(')'))
            i += 3;
        if (title.IsOffice && i > title.End && i < sentenceEnd && context.Tokens[i].Is(','))
            return i;
        // "Ukraine's ambassador in Senegal, X": where an office is held is part of its phrase too.
        if (!title.IsOffice || !(context.IsWord(i, "of") || context.IsWord(i, "for") || context.IsWord(i, "at") || context.IsWord(i, "to") || context.IsWord(i, "in")))
            return title.End;
        EntityDraft? found = null;
        for (i++; i < sentenceEnd && i < title.End + 14; i++)
        {
            var t = context.Tokens[i];
            if (t.Is(','))
            {
                owner = found;
                return i;
            }
            if (context.MentionAt(i) is { } m)
            {
                if (m.Entity is { IsActor: true } e && e.Kind != EntityKind.Official)
                    found ??= e;
                i = m.EndToken - 1;
                continue;
            }
            // "the secretary of Armenia's Security Council, X": a possessive joins the owner's name.
            // "the ambassador of the kingdom, X", "coordinator of Komanda civil society, X", "in charge of Special Duties":
            // the office's phrase runs on through plain words, short of a verb of saying.
            var joins = t.IsWordLike && (t.IsCapitalised || Words.Determiners.Contains(t, context.Gazetteer.Words) || t.Key is "of" or "and" or "'s"
                                         || t.Key == "s" && context.Tokens[i - 1].Is('\'')
                                         || t.Case == Tokens.TokenCase.Lower && !context.HasCue(i, CueKind.Speech) && !context.HasCue(i, CueKind.Reporting))
                        || t.Is('(') || t.Is(')') || t.Is('-') || t.Is('\'');
            if (!joins)
                return title.End;
        }
        return title.End;
    }

    private static EntityDraft Register(ArticleContext context, int first, int end)
    {
        // "High Commissioner for Human Rights Volker Türk": a listed person closing the name run is the person; the
        // capitalised words before belong to the title.
        for (var i = first + 1; i < end; i++)
        {
            if (context.MentionAt(i) is { Entity: { Kind: EntityKind.Official, Entry: not null } listed } m && m.EndToken == end)
                return listed;
        }
        // "General Syed Asim Munir": a given name before a listed person's name is part of it.
        if (context.MentionAt(end) is { Entity: { Kind: EntityKind.Official, Entry: not null } next } after && after.FirstToken == end)
        {
            // "Prince Khalid bin Salman": another given name before a listed person's surname names someone else.
            var matched = context.Text(after.FirstToken, after.EndToken);
            if (Words.EndsWithWord(next.Name, matched, StringComparison.OrdinalIgnoreCase))
                return Namesake(context, first, after, next, matched);
            next.AddAlias(context.Text(first, after.EndToken));
            context.Add(new Mention(first, after.EndToken, next, MentionForm.Name));
            return next;
        }
        var name = PersonName.Text(context, first, end, out var nickname);
        // "Al-Maliki said" after "Col Turki al-Maliki": a surname alone is the person named before.
        if (context.Entities.All.FirstOrDefault(e => e.Kind == EntityKind.Official && e.Named && Words.EndsWithWord(e.Name, name, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            context.Add(new Mention(first, end, named, MentionForm.Name));
            return named;
        }
        var official = context.Entities.Named(EntityKind.Official, name);
        if (nickname is not null)
            official.AddAlias(nickname);
        context.Add(new Mention(first, end, official, MentionForm.Name));
        // "Prigozhin" first, "Yevgeny Prigozhin" later: the surname named before is the same person.
        if (name.Contains(' ', StringComparison.Ordinal) && context.Entities.All
                .FirstOrDefault(e => e.Kind == EntityKind.Official && e != official && Words.EndsWithWord(name, e.Name)) is { } surname)
        {
            official.TakeOfficeFrom(surname);
            context.MoveMentions(surname, official);
            surname.Named = false;
        }
        return official;
    }

    private static EntityDraft? MemberOf(ArticleContext context, int nameEnd, int sentenceEnd)
    {
        if (!context.IsWord(nameEnd, "of"))
            return null;
        var at = context.IsWord(nameEnd + 1, "the") ? nameEnd + 2 : nameEnd + 1;
        return at < sentenceEnd && context.MentionAt(at) is { Entity: { Kind: EntityKind.Organisation or EntityKind.Group } body, Form: MentionForm.Name } m && m.FirstToken == at
            ? body : null;
    }

    // The article's own person, who also takes the later surname-only mentions ("bin Salman said") from the listed one.
    private static EntityDraft Namesake(ArticleContext context, int first, Mention surname, EntityDraft listed, string matched)
    {
        var person = context.Entities.Named(EntityKind.Official, PersonName.Text(context, first, surname.EndToken, out var nickname));
        if (nickname is not null)
            person.AddAlias(nickname);
        foreach (var m in context.Mentions.Where(m => m.Entity == listed && string.Equals(context.Text(m.FirstToken, m.EndToken), matched, StringComparison.OrdinalIgnoreCase)).ToList())
            context.Add(m with { Entity = person });
        context.Add(new Mention(first, surname.EndToken, person, MentionForm.Name));
        context.UnnameIfUnmentioned(listed);
        return person;
    }

    // "NATO spokesman X", "the Taliban's spokesman X": an organisation just before the title is the official's.
    private static void TitleBefore(ArticleContext context, EntityDraft official, TitleSpan title, int sentenceStart)
    {
        var text = context.Text(title.First, title.End).TrimEnd(',');
        if (title.IsRank && !title.IsOffice)
            official.Title ??= title.Titles[0].Name;
        else
            official.Role ??= LowerOffice(text);
        var k = title.First - 1;
        if (k >= sentenceStart + 1 && context.IsWord(k, "s") && context.Tokens[k - 1].Is('\''))
            k -= 2;
        if (k >= sentenceStart && context.MentionAt(k) is { Entity: { IsActor: true } org } m && m.EndToken == k + 1
            && org.Kind != EntityKind.Official)
            official.Organisation ??= ForceOfTitle(context, org, title) ?? org;
        // "army commander X" with no country before it: the force of the country the article is set in, if it names it.
        else if (official.Organisation is null && context.HomeCountry() is { } home && context.Entities.Country(home) is { } state)
            official.Organisation = ForceOfTitle(context, state, title);
    }

    // "Ugandan army spokesman X": an army, military or police title after a country's demonym is that country's force,
    // when the article names it.
    private static EntityDraft? ForceOfTitle(ArticleContext context, EntityDraft org, TitleSpan title)
    {
        if (org.Kind != EntityKind.Country || context.Tokens[title.First] is not { Kind: TokenKind.Word, Case: TokenCase.Lower } word
            || word.Key is not ("army" or "military" or "police"))
            return null;
        return StateForces.NamedForceOf(context, org.IsoCode, police: word.Key == "police");
    }

    // "The LRA attacked Gulu, a spokesman said.": a description met at once by its verb of saying is the subject of a
    // closing reporting clause, not an apposition to the name before the comma.
    private static bool ClosingReportingClause(ArticleContext context, int nameEnd, int sentenceEnd)
    {
        if (nameEnd >= sentenceEnd || !context.Tokens[nameEnd].Is(','))
            return false;
        for (var k = nameEnd + 2; k < sentenceEnd && k <= nameEnd + 8; k++)
        {
            if (context.HasCue(k, CueKind.Speech))
                return true;
            // "Kony, the leader who told …": a relative clause describes the name. "X, Defence Minister Y said": a title
            // before another name introduces that name.
            if (!context.Tokens[k].IsWordLike && !context.Tokens[k].Is('\'') || context.IsAnyWord(k, RelativeWords)
                || context.Tokens[k].IsCapitalised && context.MentionAt(k) is null)
                return false;
        }
        return false;
    }

    private static readonly WordSet RelativeWords = ["who", "whom", "whose", "which", "that"];

    private static void RoleAfter(ArticleContext context, EntityDraft official, int nameEnd, int sentenceEnd)
    {
        if (Appositive(context, nameEnd, sentenceEnd) is { } role)
            ApplyRole(official, role);
    }

    private static void ApplyRole(EntityDraft official, RoleInfo role)
    {
        official.Role ??= role.Role;
        // A body the apposition names is more precise than a country the title was read with.
        if (role.Organisation is not null && (official.Organisation is null || official.Organisation.Kind == EntityKind.Country && role.Organisation.Kind != EntityKind.Country))
            official.Organisation = role.Organisation;
    }

    /// <summary>", [a|the] [ORG] ROLE [for|of ORG]" right after a name: the official's role and organisation.</summary>
    private static RoleInfo? Appositive(ArticleContext context, int nameEnd, int sentenceEnd)
    {
        if (nameEnd >= sentenceEnd || !context.Tokens[nameEnd].Is(','))
            return null;
        var i = nameEnd + 1;
        while (i < sentenceEnd && context.Tokens[i].IsWordLike && context.Tokens[i].Key is "a" or "an" or "the" or "who" or "is")
            i++;
        // "X, one of the group's commanders,": one of several holders of an office.
        var past = AfterOneOf(context, i, sentenceEnd);
        var oneOf = past >= 0;
        if (oneOf)
            i = past;
        // "the government's chief negotiator": an unnamed owner before the title.
        for (var k = i; k < sentenceEnd && k < i + 4; k++)
        {
            if (context.MentionAt(k) is not null)
                break;
            if (context.Tokens[k].Is('\'') && context.IsWord(k + 1, "s"))
            {
                i = k + 2;
                break;
            }
        }
        // "a senior US adviser", "the top UN envoy": a grade before the owner.
        if (context.IsAnyWord(i, Grades) && (context.MentionAt(i + 1) is { Entity.IsActor: true } || PlaceBeforeTitle(context, i + 1, sentenceEnd) > i + 1))
            i++;
        // "a former Nduga regent": a place the article does not list, before the title.
        if (context.MentionAt(i) is null)
            i = PlaceBeforeTitle(context, i, sentenceEnd);
        EntityDraft? org = null;
        if (context.MentionAt(i) is { Entity: { IsActor: true } before } m && before.Kind != EntityKind.Official)
        {
            org = before;
            i = m.EndToken;
            if (i + 1 < sentenceEnd && context.Tokens[i].Is('\'') && context.IsWord(i + 1, "s"))
                i += 2;
        }
        var title = TitleFinder.At(context, i, sentenceEnd);
        if (title is null && oneOf)
            return OfficeInPlural(context, i, sentenceEnd) is { } office ? new RoleInfo(office, org) : null;
        if (title is null || !title.IsOffice && !title.IsRank)
            return null;
        // "a son of the jailed Ali Haidar, Interior Minister Omar Said said": the title introduces the next person, and
        // the name before it holds no office by it.
        if (PersonName.WordCount(context, title.End, PersonName.EndOf(context, title.End, sentenceEnd)) >= 2)
            return new RoleInfo(null, null);
        // "the towns of X and Y, the press secretary of the ministry, Aram Torosyan, wrote": the office is the name's after it.
        var comma = OwnerEnd(context, title, sentenceEnd, out _);
        if (comma > title.End && comma + 1 < sentenceEnd && context.Tokens[comma].Is(',')
            && PersonName.WordCount(context, comma + 1, PersonName.EndOf(context, comma + 1, sentenceEnd)) >= 2)
            return new RoleInfo(null, null);
        var roleEnd = title.End;
        var j = title.End;
        EntityDraft? after = null;
        while (j < sentenceEnd && j < title.End + 12)
        {
            var t = context.Tokens[j];
            if (t.Is(',') || !t.IsWordLike)
                break;
            if (t.Key is "for" or "of" or "at" or "with" or "in"
                && context.MentionAt(NextContent(context, j + 1, sentenceEnd)) is { Entity: { IsActor: true } o }
                && o.Kind != EntityKind.Official && (o.Kind != EntityKind.Country || org is null))
            {
                after = o;
                break;
            }
            // "adviser for Arab and African affairs": capitalised words inside the office's "for" phrase, short of a
            // name or another title.
            var complement = t.Case != Tokens.TokenCase.Lower && j > title.End && (context.IsWord(j - 1, "for") || context.IsWord(j - 1, "and"))
                             && context.MentionAt(j) is null && TitleFinder.At(context, j, sentenceEnd) is null;
            if (t.Case != Tokens.TokenCase.Lower && !complement || context.HasCue(j, CueKind.Speech))
                break;
            j++;
            if (t.Key is not ("for" or "of" or "and" or "at" or "with" or "in" or "the"))
                roleEnd = j;
        }
        var role = LowerOffice(context.Text(title.First, roleEnd));
        return new RoleInfo(role, after ?? org);
    }

    // "one of (the|its) (X's) (senior) commanders, Name,": registers the person named, with the office and its owner, and
    // gives the token after the name; null where the words do not run so.
    private static int? OneOfManyBefore(ArticleContext context, int i, int sentenceEnd)
    {
        var k = AfterOneOf(context, i, sentenceEnd);
        if (k < 0)
            return null;
        EntityDraft? owner = null;
        if (context.MentionAt(k) is { Entity: { IsActor: true, Kind: not EntityKind.Official } body } m)
        {
            owner = body;
            k = m.EndToken;
        }
        // "the group's": an owner the article names elsewhere.
        while (k < sentenceEnd && k < i + 8 && !(context.Tokens[k].Is('\'') && context.IsWord(k + 1, "s")) && context.Tokens[k].IsWordLike
               && context.Tokens[k].Case == TokenCase.Lower && OfficeInPlural(context, k, sentenceEnd) is null)
            k++;
        if (k < sentenceEnd && context.Tokens[k].Is('\'') && context.IsWord(k + 1, "s"))
            k += 2;
        if (OfficeInPlural(context, k, sentenceEnd) is not { } office)
            return null;
        var comma = k;
        while (comma < sentenceEnd && comma < k + 3 && !context.Tokens[comma].Is(','))
            comma++;
        if (comma + 1 >= sentenceEnd || !context.Tokens[comma].Is(','))
            return null;
        // "one of its members, Colonel X,": a rank before the name is no part of it.
        var rank = TitleFinder.At(context, comma + 1, sentenceEnd) is { IsRank: true } r ? r : null;
        var nameStart = rank?.End ?? comma + 1;
        var nameEnd = PersonName.EndOf(context, nameStart, sentenceEnd);
        if (PersonName.WordCount(context, nameStart, nameEnd) < 2 || nameEnd < sentenceEnd && !context.Tokens[nameEnd].Is(','))
            return null;
        var official = Register(context, nameStart, nameEnd);
        official.Title ??= rank?.Titles[0].Name;
        official.Role ??= office;
        official.Organisation ??= owner;
        return nameEnd;
    }

    // "one of the", "one of its": the token after "one of" and its determiner, or -1 where "one of" does not start at i.
    private static int AfterOneOf(ArticleContext context, int i, int sentenceEnd)
    {
        if (!context.IsWord(i, "one") || !context.IsWord(i + 1, "of"))
            return -1;
        var k = i + 2;
        while (k < sentenceEnd && context.Tokens[k].IsWordLike && context.Tokens[k].Key is "the" or "its" or "their" or "his" or "her")
            k++;
        return k;
    }

    // "senior commanders", "spokesmen": an office in the plural, within two words of i, as its singular; null if none.
    private static string? OfficeInPlural(ArticleContext context, int i, int sentenceEnd)
    {
        for (var k = i; k < sentenceEnd && k <= i + 2; k++)
        {
            if (context.Tokens[k] is not { Kind: TokenKind.Word, Case: TokenCase.Lower, Length: > 3 } t || context.MentionAt(k) is not null)
                return null;
            var singular = t.Key.EndsWith("men", StringComparison.Ordinal) ? t.Key[..^3] + "man"
                : t.Key.EndsWith('s') ? t.Key[..^1]
                : null;
            if (singular is null)
                continue;
            var tokens = Tokenizer.Tokenize(singular);
            return context.Gazetteer.Titles.Match(tokens, 0, tokens.Count) is { End: 1 } match && match.Values.Any(v => v.Kind is TitleKind.Office or TitleKind.Rank)
                ? LowerOffice((k > i ? context.Text(i, k) + " " : "") + singular)
                : null;
        }
        return null;
    }

    // An official named before whose full name starts with the word at i.
    private static EntityDraft? GivenNameOf(ArticleContext context, int i)
    {
        var word = context.Text(i, i + 1);
        return context.Entities.All.FirstOrDefault(e => e.Kind == EntityKind.Official && e.Name.StartsWith(word + " ", StringComparison.Ordinal));
    }

    private static EntityDraft Mention(ArticleContext context, int first, int end, EntityDraft official)
    {
        context.Add(new Mention(first, end, official, MentionForm.Name));
        return official;
    }

    // Where the title starts past one or two capitalised words that are neither a mention nor a title, or i.
    private static int PlaceBeforeTitle(ArticleContext context, int i, int sentenceEnd)
    {
        var k = i;
        while (k < i + 2 && k < sentenceEnd && context.Tokens[k].Kind == Tokens.TokenKind.Word && context.Tokens[k].Case == Tokens.TokenCase.Capitalised
               && context.MentionAt(k) is null && TitleFinder.At(context, k, sentenceEnd) is null)
            k++;
        return k > i && TitleFinder.At(context, k, sentenceEnd) is { IsOffice: true } && context.Tokens[k].Case == Tokens.TokenCase.Lower ? k : i;
    }

    // "X, who runs the local office of Caritas,": what a person with an office does; "who was shot" is no office.
    private static readonly WordSet OfficeVerbs =
    [
        "runs", "ran", "heads", "headed", "leads", "led", "commands", "commanded", "chairs", "chaired", "directs", "directed",
        "manages", "coordinates", "oversees", "represents", "speaks",
    ];

    private static readonly WordSet LedWords = ["led", "headed", "commanded"];

    /// <summary>
    /// "the faction led by Ali Baba Musa", "the interim government, headed by Karim Saleh": the person at the head of a
    /// body is its official, the body the nearest one named before.
    /// </summary>
    private static void LedBy(ArticleContext context)
    {
        foreach (var s in context.Sentences)
        {
            for (var i = s.FirstToken + 1; i + 2 < s.EndToken; i++)
            {
                // "headed by General X": a titled name is read with its title.
                if (!context.IsWord(i + 1, "by") || !context.IsAnyWord(i, LedWords) || context.MentionAt(i + 2) is not null
                    || TitleFinder.At(context, i + 2, s.EndToken) is not null)
                    continue;
                var nameEnd = PersonName.EndOf(context, i + 2, s.EndToken);
                if (PersonName.WordCount(context, i + 2, nameEnd) < 2)
                    continue;
                var official = Register(context, i + 2, nameEnd);
                official.Role ??= context.Tokens[i].Key switch { "led" => "leader", "headed" => "head", _ => "commander" };
                for (var k = i - 1; k >= s.FirstToken && k >= i - 6; k--)
                {
                    if (context.MentionAt(k) is { Entity: { IsActor: true } body } && body.Kind != EntityKind.Official)
                    {
                        official.Organisation ??= body;
                        break;
                    }
                }
                i = nameEnd;
            }
        }
    }

    // "Port-au-Prince": a capitalised word glued to the one before by a hyphen is no name's start.
    private static bool GluedByHyphen(ArticleContext context, int i) =>
        i >= 2 && context.Tokens[i - 1].Is('-') && context.Tokens[i - 1].Start == context.Tokens[i - 2].End && context.Tokens[i - 1].End == context.Tokens[i].Start;

    private static readonly WordSet Grades = ["senior", "top", "former", "acting", "interim", "deputy", "chief", "veteran", "longtime", "then"];

    private static int NextContent(ArticleContext context, int i, int end)
    {
        while (i < end && context.IsWord(i, "the"))
            i++;
        // "of the city's Secretariat", "of the country's army": a lower-case owner before the body.
        if (i + 2 < end && context.Tokens[i] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } && context.MentionAt(i) is null
            && context.Tokens[i + 1].Is('\'') && context.IsWord(i + 2, "s"))
            i += 3;
        return i;
    }

    private static string LowerOffice(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private sealed record RoleInfo(string? Role, EntityDraft? Organisation);
}

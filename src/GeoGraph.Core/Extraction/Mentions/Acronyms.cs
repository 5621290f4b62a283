using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Reads inline acronym definitions, "Full Name (ACR)": the acronym becomes a name of the entity the full
/// name stands for (listed or not), and the full name a name of a listed acronym's entity.
/// </summary>
internal static class Acronyms
{
    public static void Run(ArticleContext context)
    {
        var tokens = context.Tokens;
        for (var open = 1; open + 2 < tokens.Count; open++)
        {
            if (!tokens[open].Is('('))
                continue;
            var close = open + 1;
            while (close < tokens.Count && close < open + 5 && !tokens[close].Is(')'))
                close++;
            if (close >= tokens.Count || !tokens[close].Is(')'))
                continue;
            var acronym = context.Text(open + 1, close);
            var capitals = LooksLikeAcronym(context, open + 1, close);
            if (!capitals)
            {
                // "Internal Security Operations Command (Isoc)": an acronym written as a word, when the name spells it.
                if (close != open + 2 || !tokens[open + 1].IsCapitalised || acronym.Length is < 3 or > 6
                    || ExactStart(context, open, acronym.ToUpperInvariant()) < 0)
                    continue;
            }
            var before = context.MentionAt(open - 1);
            var inside = context.MentionAt(open + 1);
            if (before is { Entity: { IsActor: true } named } && before.EndToken == open && named.Kind != EntityKind.Country)
            {
                context.Entities.Learn(named, acronym);
                Redefine(context, acronym, named);
                continue;
            }
            var start = FullNameStart(context, open, capitals ? acronym : acronym.ToUpperInvariant());
            // "West Papua National Liberation Army (TPNPB)": an acronym of the name in another language; a run of
            // capitalised words that names a group or body is the full name all the same.
            if (start < 0)
                start = TranslatedNameStart(context, open);
            // "Inspector General of Police (IGP) IK Muivah": the abbreviation of a title, not a body.
            if (start < 0 || context.Gazetteer.Titles.Match(tokens, start, open) is { } title && title.Start == start && title.End > start + 1
                || NamesAnOffice(context, start, open))
                continue;
            var fullName = context.Text(start, open);
            if (inside?.Entity is { } listed && inside.FirstToken == open + 1 && !Spells(fullName, acronym))
            {
                context.Entities.Learn(listed, fullName);
                AddFullName(context, new Mention(start, open, listed, MentionForm.Name));
                continue;
            }
            // "Human Rights Concern Eritrea (HRCE)", "Volunteers for the Defence of the Homeland (VDP)": a defined
            // acronym names a body even without a listed head word, unless the name is a place or a facility.
            if (context.MentionAt(start) is { Entity.IsPlace: true } place && place.EndToken == open || inside?.Entity is { IsPlace: true }
                || IsFacility(context, open - 1))
                continue;
            // "the Bangsamoro Autonomous Region in Muslim Mindanao (BARMM)": a listed province closing the name is that
            // province under a longer name.
            if (ProvinceEnding(context, start, open) is { } province)
            {
                var region = context.Entities.Of(province);
                context.Entities.Learn(region, fullName);
                context.Entities.Learn(region, acronym);
                AddFullName(context, new Mention(start, open, region, MentionForm.Name));
                Redefine(context, acronym, region);
                continue;
            }
            var kind = IsGroupName(fullName) || DescribedAsGroup(context, start, close) ? EntityKind.Group : EntityKind.Organisation;
            var draft = context.Entities.Named(kind, fullName);
            context.Entities.Learn(draft, acronym);
            AddFullName(context, new Mention(start, open, draft, MentionForm.Name));
            Redefine(context, acronym, draft);
        }
    }

    // "the Senior Divisional Officer (SDO)": a name that ends on a title and holds no word of an institution is an office.
    private static bool NamesAnOffice(ArticleContext context, int start, int end) =>
        context.Gazetteer.Titles.Match(context.Tokens, end - 1, end) is not null
        && !Enumerable.Range(start, end - start).Any(i => Words.InstitutionWords.Contains(context.Tokens[i], context.Gazetteer.Words));

    // "Sudan People's Liberation Movement-in-Opposition": the country and the "Liberation Movement" read inside the
    // full name are not in the article unless it names them elsewhere.
    private static void AddFullName(ArticleContext context, Mention fullName)
    {
        var inside = new HashSet<EntityDraft>();
        for (var i = fullName.FirstToken; i < fullName.EndToken; i++)
        {
            if (context.MentionAt(i)?.Entity is { } e && e != fullName.Entity)
                inside.Add(e);
        }
        context.Add(fullName);
        foreach (var old in inside)
            old.Named = context.Mentions.Any(m => m.Entity == old && m.Form is MentionForm.Name or MentionForm.Demonym);
    }

    // The article decides what an acronym means: every use of it names the entity it was defined for.
    private static void Redefine(ArticleContext context, string acronym, EntityDraft meaning)
    {
        var displaced = new HashSet<EntityDraft>();
        foreach (var m in context.Mentions.ToList())
        {
            if (m.Entity is { } old && old != meaning && m.Form == MentionForm.Name && Fold.NameKey(context.Text(m.FirstToken, m.EndToken)) == Fold.NameKey(acronym))
            {
                context.Add(m with { Entity = meaning });
                displaced.Add(old);
            }
        }
        // An entity named only through the redefined acronym is not in the article after all.
        foreach (var old in displaced)
            old.Named = context.Mentions.Any(m => m.Entity == old);
        var tokens = Tokenizer.Tokenize(acronym).Count;
        for (var i = 0; i + tokens <= context.Tokens.Count; i++)
        {
            if (context.MentionAt(i) is null && !context.Covered(i, i + tokens) && context.Text(i, i + tokens) == acronym)
                context.Add(new Mention(i, i + tokens, meaning, MentionForm.Name));
        }
    }

    // "Rwanda Security Forces" spells "RSF": the initials of its capitalised words give the acronym's letters.
    private static bool Spells(string fullName, string acronym)
    {
        var initials = new string(fullName.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]).ToArray());
        var letters = new string(acronym.Where(char.IsUpper).ToArray());
        return letters.Length >= 2 && initials.Contains(letters, StringComparison.Ordinal);
    }

    private static Gazetteers.GazetteerEntry? ProvinceEnding(ArticleContext context, int start, int open)
    {
        for (var i = start; i < open - 1; i++)
        {
            if (context.Gazetteer.Names.Match(context.Tokens, i, open) is { } match && match.End == open
                && match.Values.FirstOrDefault(h => h.Entry.Kind == EntityKind.Province).Entry is { } entry)
                return entry;
        }
        return null;
    }

    private static readonly WordSet Facilities =
    [
        "base", "camp", "airport", "airfield", "hospital", "school", "university", "bridge", "road", "highway", "checkpoint",
        "crossing", "port", "station", "prison", "stadium", "hotel", "market", "mosque", "church", "dam", "zone", "area",
    ];

    // "Forward Operating Base (FOB)", "Kokang Self-Administered Zone": a place built or drawn, not a body.
    private static bool IsFacility(ArticleContext context, int last) => context.IsAnyWord(last, Facilities);

    private static readonly WordSet GroupNouns =
    [
        "party", "platform", "movement", "militia", "coalition", "front", "rebels", "insurgency", "faction", "umbrella",
    ];

    private static readonly WordSet GroupAdjectives =
    [
        "armed", "militant", "rebel", "jihadist", "separatist", "insurgent", "terrorist", "extremist", "political", "criminal",
    ];

    // "the political platform Entente Nationale (ENA)", "X (ACR), a little-known militant group": a description
    // before the name or in an apposition after the acronym says it is a non-state group.
    private static bool DescribedAsGroup(ArticleContext context, int start, int close)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3 && context.Tokens[i].IsWordLike && context.Tokens[i].Case == TokenCase.Lower; i--)
        {
            if (GroupNouns.Contains(context.Tokens[i], context.Gazetteer.Words) || context.Tokens[i].Key == "group" && context.IsAnyWord(i - 1, GroupAdjectives))
                return true;
        }
        if (close + 1 >= context.Tokens.Count || !context.Tokens[close + 1].Is(','))
            return false;
        for (var i = close + 2; i < context.Tokens.Count && i < close + 8 && context.Tokens[i].IsWordLike; i++)
        {
            if (GroupNouns.Contains(context.Tokens[i], context.Gazetteer.Words) || context.Tokens[i].Key == "group" && context.IsAnyWord(i - 1, GroupAdjectives))
                return true;
        }
        return false;
    }

    private static bool LooksLikeAcronym(ArticleContext context, int first, int end)
    {
        var upper = 0;
        for (var i = first; i < end; i++)
        {
            var t = context.Tokens[i];
            if (t.Kind == TokenKind.Punctuation && !t.Is('-'))
                return false;
            upper += context.Body.Substring(t.Start, t.Length).Count(char.IsUpper);
            if (t.Kind == TokenKind.Word && t.Case == TokenCase.Lower)
                return false;
        }
        return upper >= 2;
    }

    private static readonly WordSet NameJoiners =
    [
        "of", "for", "the", "and", "al", "de", "in", "on", "to", "pour", "du", "des", "la", "le", "et", "del", "y", "wal", "wa", "e",
    ];

    // Walks back over the capitalised words (and "of", "the", "for", "and") the acronym's letters stand for: the
    // start whose initials spell it exactly ("Cabinet Committee on Security (CCS)"), else the shortest that nearly does.
    private static int FullNameStart(ArticleContext context, int open, string acronym)
    {
        var exact = ExactStart(context, open, acronym);
        if (exact >= 0)
            return exact;
        var letters = acronym.Count(char.IsUpper);
        var capitals = 0;
        var start = -1;
        var sentenceStart = context.SentenceOf(open).FirstToken;
        for (var i = open - 1; i >= sentenceStart && i >= open - 14; i--)
        {
            var t = context.Tokens[i];
            if (t.Is('-') || t.Is('\'') || IsPossessiveS(context, i))
                continue;
            if (!t.IsWordLike)
                break;
            if (t.IsCapitalised && !(Words.Determiners.Contains(t, context.Gazetteer.Words) && t.Key != "a"))
            {
                capitals++;
                start = i;
                if (char.ToUpperInvariant(context.Body[t.Start]) == acronym.First(char.IsUpper) && capitals >= letters - 1)
                    return i;
            }
            else if (!NameJoiners.Contains(t, context.Gazetteer.Words))
            {
                break;
            }
        }
        return start >= 0 && capitals >= 2 && char.ToUpperInvariant(context.Body[context.Tokens[start].Start]) == acronym.First(char.IsUpper)
            ? start
            : -1;
    }

    private static int TranslatedNameStart(ArticleContext context, int open)
    {
        var sentenceStart = context.SentenceOf(open).FirstToken;
        var start = -1;
        var capitals = 0;
        for (var i = open - 1; i >= sentenceStart && i >= open - 10; i--)
        {
            var t = context.Tokens[i];
            if (t.Is('-') || t.Is('\'') || IsPossessiveS(context, i))
                continue;
            if (!t.IsWordLike || !(t.IsCapitalised && !Words.Determiners.Contains(t, context.Gazetteer.Words) || NameJoiners.Contains(t, context.Gazetteer.Words) && t.Key != "the"))
                break;
            if (t.IsCapitalised)
            {
                capitals++;
                start = i;
            }
        }
        return capitals >= 3 && start >= 0 && (IsGroupName(context.Text(start, open)) || IsBodyName(context.Text(start, open))) ? start : -1;
    }

    // The "s" of "People's": part of the word before the apostrophe.
    private static bool IsPossessiveS(ArticleContext context, int i) => i > 0 && context.IsWord(i, "s") && context.Tokens[i - 1].Is('\'');

    private static int ExactStart(ArticleContext context, int open, string acronym)
    {
        var letters = new string(acronym.Where(char.IsUpper).ToArray());
        var sentenceStart = context.SentenceOf(open).FirstToken;
        var initials = string.Empty;
        for (var i = open - 1; i >= sentenceStart && i >= open - 16 && initials.Length < letters.Length; i--)
        {
            var t = context.Tokens[i];
            if (t.Is('-') || t.Is('\'') || IsPossessiveS(context, i))
                continue;
            if (!t.IsWordLike)
                return -1;
            if (t.IsCapitalised && !(Words.Determiners.Contains(t, context.Gazetteer.Words) && t.Key != "a"))
            {
                initials = char.ToUpperInvariant(context.Body[t.Start]) + initials;
                if (initials == letters)
                    return i;
            }
            else if (!NameJoiners.Contains(t, context.Gazetteer.Words))
            {
                return -1;
            }
        }
        return -1;
    }

    private static readonly HashSet<string> BodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Agency", "Organisation", "Organization", "Council", "Committee", "Commission", "Ministry", "Department",
        "Office", "Bureau", "Service", "Authority", "Command", "Mission", "Force", "Forces", "Corps", "Union",
        "Alliance", "Coalition", "League", "Court", "Bank", "Fund", "Programme", "Program", "Institute", "Party",
        "Group", "Network", "News", "Radio", "Television", "Broadcasting", "Centre", "Center", "Observatory",
        "Association", "Federation", "Society", "Foundation", "Directorate", "Police", "Guard", "Assembly",
        "Parliament", "Government", "Administration", "Company", "Corporation", "Times", "Press", "Media",
    };

    private static bool IsBodyName(string name) => name.Split(' ', '-').Any(BodyWords.Contains);

    private static bool IsGroupName(string name) =>
        name.Split(' ', '-', '\'').Any(w => Words.CommunityWords.Contains(w.ToLowerInvariant())) ||
        name.Split(' ', '-').Any(w => w is "Front" or "Army" or "Movement" or "Brigade" or "Brigades" or "Militia"
            or "Liberation" or "Jihad" or "Mujahideen" or "Resistance" or "Rebels" or "Islamic" or "Jamaat" or "Ansar" or "Jaish" or "Harakat");
}

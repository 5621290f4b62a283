using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>Provinces: typed names ("Kunar Province", "the Nabatieh and South governorates"), lists, and a province's name in a city's place.</summary>
internal static partial class GazetteerPass
{
    // "killed in X, Y, Z and W": a name listed beside another province, neither in a city's place, is a province even
    // where a dateline ("X:") or another sentence uses it for its chief town.
    private static bool ListedWithProvinces(ArticleContext context, (Mention Mention, bool Typed, bool City, bool Definite) item, List<(Mention Mention, bool Typed, bool City, bool Definite)> provinces)
    {
        if (item.City)
            return false;
        foreach (var (other, _, city, _) in provinces)
        {
            if (city || other.Entity == item.Mention.Entity)
                continue;
            if (JoinedInList(context, item.Mention.EndToken, other.FirstToken) || JoinedInList(context, other.EndToken, item.Mention.FirstToken))
                return true;
        }
        return false;
    }

    // Only a comma, "and", "or" or "the" (at most three of them) between two names.
    private static bool JoinedInList(ArticleContext context, int end, int start)
    {
        if (start <= end || start - end > 3)
            return false;
        for (var i = end; i < start; i++)
        {
            var t = context.Tokens[i];
            if (!(t.Is(',') || t.IsWordLike && t.Key is "and" or "or" or "the"))
                return false;
        }
        return true;
    }

    // Governorates and rayons are named for their chief towns (Aleppo, Idlib, Karbala, Gaza, Shusha): the name alone
    // is the town.
    private static bool IsCityNamed(GazetteerEntry province) =>
        province.Category is { } c && (c.Contains("governorate", StringComparison.OrdinalIgnoreCase) || c.Contains("rayon", StringComparison.OrdinalIgnoreCase))
        || province.Aliases.Any(a => a.EndsWith(" Governorate", StringComparison.OrdinalIgnoreCase));

    private static readonly WordSet SettlementWords = ["city", "town", "village", "capital", "port"];

    // "the city of Karbala", "Aleppo city", "Duhok airport", "KABUL, Dec 29", a capital's name: the place is a city.
    private static bool CityPlace(ArticleContext context, TrieMatch<NameHit> match)
    {
        if (NameHits.FirstInRole(match.Values, NameRole.Capital).Entry is not null)
            return true;
        var allCaps = true;
        for (var i = match.Start; i < match.End; i++)
            allCaps &= !context.Tokens[i].IsWordLike || context.Tokens[i].Case == TokenCase.AllCaps;
        if (allCaps)
            return true;
        if (context.IsWord(match.Start - 1, "of") && context.IsAnyWord(match.Start - 2, SettlementWords))
            return true;
        var after = match.End;
        if (after + 1 < context.Tokens.Count && context.Tokens[after].Is('\'') && context.IsWord(after + 1, "s"))
            after += 2;
        // "the Lanao del Sur capital" is the province's chief town, so the name is the province's.
        return context.IsAnyWord(after, SettlementWords) && !context.IsWord(after, "capital")
               || context.IsAnyWord(after, PlaceNouns) && !context.IsAnyWord(after, Words.SubdivisionTypes);
    }

    private static bool InPlacePosition(ArticleContext context, int start)
    {
        var floor = context.SentenceOf(start).FirstToken;
        for (var i = start - 1; i >= floor && i >= start - 10; i--)
        {
            var t = context.Tokens[i];
            if (t.IsWordLike && (Words.Locatives.Contains(t, context.Gazetteer.Words) || PlaceVerbs.Contains(t, context.Gazetteer.Words)
                                 || Words.Prepositions.Contains(t, context.Gazetteer.Words) && t.Key is not ("with" or "against" or "by" or "between")))
                // "sent artillery shells and missiles to Moscow": what is handed over goes to the state, not to the city.
                // "launched 80 drones at Kyiv": a capital that weapons are fired at stands for its state, as a target.
                return !(t.Key == "to" && i == start - 1 && context.AnyWordIn(Math.Max(floor, i - 10), i, HandingOver))
                       && !(i == start - 1 && ArticleContext.Towards.Contains(t, context.Gazetteer.Words)
                            && context.AnyWordIn(Math.Max(floor, i - 6), i, ArticleContext.Weapons));
            // Items of a list of places lead back to the word that opens it.
            var listed = t.Is(',') || t.IsWordLike && (t.Key is "and" or "or" || t.IsCapitalised);
            if (!listed)
                return false;
        }
        return false;
    }

    private static readonly WordSet HandingOver =
    [
        "sent", "sends", "sending", "supplied", "supplies", "supplying", "shipped", "shipping", "delivered", "delivering",
        "smuggled", "smuggling", "transferred", "sold", "selling", "exported",
    ];

    private static readonly WordSet PlaceVerbs =
    [
        "visited", "visit", "visits", "visiting", "reached", "reach", "entered", "enter", "left", "leave", "leaving",
        "captured", "capture", "seized", "seize", "took", "take", "surrounded", "besieged", "fled", "flew", "returned",
    ];

    private static readonly WordSet PlaceNouns =
    [
        "airport", "city", "residents", "streets", "suburbs", "outskirts", "neighbourhood", "neighborhood", "district",
        "province", "governorate", "region", "area", "centre", "center", "hospital", "university", "port", "skyline",
        "suburb", "suburbs", "countryside", "outskirt", "downtown", "neighbourhoods", "neighborhoods", "districts", "old",
    ];

    private static GazetteerEntry? ChooseProvince(List<GazetteerEntry> provinces, HashSet<string> countries, bool typed)
    {
        // "the Kyiv region": where a city-level unit and its region share a name, the region comes first.
        var candidates = provinces.Where(p => typed || (p.Flags & EntryFlags.CommonWord) == 0).OrderBy(p => CityLike(p.Category)).ToList();
        var inNamedCountry = candidates.FirstOrDefault(p => countries.Contains(p.Country!));
        if (inNamedCountry is not null)
            return inNamedCountry;
        return typed && candidates.Select(p => p.Country).Distinct().Count() == 1 ? candidates[0] : null;
    }

    // Whether every hit is a province; a loop, asked of every match of the article.
    private static bool OnlyProvinces(IReadOnlyList<NameHit> hits)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            if (hits[h].Entry.Kind != EntityKind.Province)
                return false;
        }
        return true;
    }

    private static HashSet<string> CountriesOfTwoProvinces(List<TrieMatch<NameHit>> matches)
    {
        var provincesOf = new Dictionary<string, HashSet<GazetteerEntry>>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            if (!OnlyProvinces(match.Values))
                continue;
            foreach (var hit in match.Values)
            {
                if ((hit.Entry.Flags & EntryFlags.CommonWord) != 0 || hit.Entry.Country is not { } iso)
                    continue;
                if (!provincesOf.TryGetValue(iso, out var seen))
                    provincesOf[iso] = seen = [];
                seen.Add(hit.Entry);
            }
        }
        return provincesOf.Where(p => p.Value.Count >= 2).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static readonly WordSet SmallerUnits = ["district", "districts", "county", "municipality"];

    // "Mon district" is not Mon State: a smaller unit's type word after the name names another place.
    private static bool SmallerUnit(ArticleContext context, int typeWord, GazetteerEntry province) =>
        context.IsAnyWord(typeWord, SmallerUnits) && province.Category is { } category && LargerUnits.Any(u => category.Contains(u, StringComparison.OrdinalIgnoreCase))
        && !category.Contains(context.Tokens[typeWord].Key.TrimEnd('s'), StringComparison.OrdinalIgnoreCase);

    private static readonly string[] LargerUnits = ["state", "province", "region", "governorate", "oblast", "department"];

    private static bool CityLike(string? type) =>
        type is not null && (type.Contains("district", StringComparison.OrdinalIgnoreCase) || type.Contains("city", StringComparison.OrdinalIgnoreCase)
                             || type.Contains("capital", StringComparison.OrdinalIgnoreCase) || type.Contains("municipality", StringComparison.OrdinalIgnoreCase));

    private static bool ProvinceEndsAt(ArticleContext context, int end) =>
        MatchesEndingAt(context, context.Gazetteer.Names, end, 3)
            .Any(m => m.Values.Any(h => h.Entry.Kind == EntityKind.Province) && m.Values.All(h => h.Entry.Kind != EntityKind.Country));

    // "the Nabatieh and South governorates": a capitalised word and a type word that make a listed name.
    private static Mention? TypedProvince(ArticleContext context, int i, int end)
    {
        var t = context.Tokens[i];
        if (t.Kind != TokenKind.Word || !t.IsCapitalised || i + 1 >= end || !context.Tokens[i + 1].IsWordLike)
            return null;
        if (!Words.SubdivisionTypes.Contains(context.Tokens[i + 1], context.Gazetteer.Words))
            return null;
        var type = context.Tokens[i + 1].Key;
        if (!context.Gazetteer.ProvincesByTypedName.TryGetValue(TypedKey(t.Key, type), out var entries))
            return null;
        var draft = context.Entities.Of(entries[0]);
        return new Mention(i, i + 2, draft, MentionForm.Name);
    }

    private static string TypedKey(string name, string type) => $"{name} {SingularType(type)}";

    private static bool IsPluralType(string type) => type.EndsWith('s') && type != "emirates";

    private static string SingularType(string type) => IsPluralType(type) ? type[..^1] : type;

    // "Zambia's Northern Province": a compass-named province that other countries list under the same typed name
    // ("Northern Province" of Rwanda, Sierra Leone, Sri Lanka) is the one of the country the article names.
    private static GazetteerEntry? TypedInNamedCountry(ArticleContext context, TrieMatch<NameHit> match, HashSet<string> countries)
    {
        if (match.End - match.Start != 2 || !context.Gazetteer.ProvincesByTypedName.TryGetValue(context.Tokens[match.Start].Key, out var entries))
            return null;
        var type = SingularType(context.Tokens[match.Start + 1].Key);
        return entries.FirstOrDefault(e => countries.Contains(e.Country!) && string.Equals(e.Category, type, StringComparison.OrdinalIgnoreCase));
    }

    // "the eastern province of Paktika", "the provinces of Khost and Paktiya".
    private static bool TypeWordBefore(ArticleContext context, int start)
    {
        for (var i = start - 1; i >= 1 && i >= start - 8; i--)
        {
            var t = context.Tokens[i];
            if (t.IsWordLike && t.Key == "of" && context.IsAnyWord(i - 1, Words.SubdivisionTypes))
                return true;
            var joins = t.Is(',') || t.IsWordLike && (t.IsCapitalised || t.Key is "and" or "or" or "the");
            if (!joins)
                return false;
        }
        return false;
    }

    /// <summary>
    /// The index of a subdivision type word closing the list that starts at <paramref name="end"/>
    /// ("Kunar, Paktika and Kandahar provinces"), or -1.
    /// </summary>
    private static int TypeWordAfter(ArticleContext context, int end)
    {
        var tokens = context.Tokens;
        var sentenceEnd = end < tokens.Count ? context.SentenceOf(end).EndToken : end;
        for (var i = end; i < sentenceEnd && i < end + 14; i++)
        {
            var t = tokens[i];
            if (t.IsWordLike && Words.SubdivisionTypes.Contains(t, context.Gazetteer.Words))
                return i;
            var joins = t.Is(',') || t.Is('-') || t.Is('\'') || t.IsWordLike && t.Key is "and" or "or"
                        || t.IsWordLike && t.IsCapitalised && context.Gazetteer.Names.StartsWith(t);
            if (!joins)
                return -1;
        }
        return -1;
    }
}

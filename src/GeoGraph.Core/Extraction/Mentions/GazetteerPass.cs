using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Finds the listed names of each sentence, longest first. Countries win over same-named provinces;
/// a province needs its country named in the article or a type word ("Kunar province"), and a province
/// whose name is an everyday word needs the type word.
/// </summary>
internal static partial class GazetteerPass
{
    public static void Run(ArticleContext context)
    {
        var matches = new List<TrieMatch<NameHit>>();
        var provinces = new List<(Mention Mention, bool Typed, bool City, bool Definite)>();
        foreach (var s in context.Sentences)
        {
            var i = s.FirstToken;
            while (i < s.EndToken)
            {
                var match = context.Gazetteer.Names.Match(context.Tokens, i, s.EndToken);
                // "the United Nations Security Council": a name listed with "the" yields to a longer one after it.
                if (match is not null && context.IsWord(i, "the") && i + 1 < s.EndToken
                    && context.Gazetteer.Names.Match(context.Tokens, i + 1, s.EndToken) is { } inner && inner.End > match.End)
                    match = inner;
                if (match is null || PartOfLongerName(context, match))
                {
                    if (TypedProvince(context, i, s.EndToken) is { } typedName)
                    {
                        provinces.Add((typedName, true, false, false));
                        i = typedName.EndToken;
                        continue;
                    }
                    i++;
                    continue;
                }
                matches.Add(match);
                i = match.End;
            }
        }

        // The countries named (a capital names none): loops, not a query, which would box an enumerator for every match.
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            var hits = match.Values;
            for (var h = 0; h < hits.Count; h++)
            {
                if (hits[h].Entry.Kind == EntityKind.Country && hits[h].Role != NameRole.Capital)
                    countries.Add(hits[h].Entry.IsoCode!);
            }
        }

        // "anger in Nagaland … stopped at Jorhat in Assam": two provinces of one country place the article there even
        // where it never names the country.
        countries.UnionWith(CountriesOfTwoProvinces(matches));

        var surnames = Surnames(context);
        foreach (var match in matches)
        {
            if (!IsSurname(context, match, surnames))
                Take(context, match, countries, provinces);
        }

        // A province name alone may be its city ("Aleppo" vs "Aleppo province"): take a province that the article
        // names with its type word at least once, or never in a city's place ("the city of X", "X airport", a
        // capital, a dateline).
        var typed = provinces.Where(p => p.Typed || ListedWithProvinces(context, p, provinces)).Select(p => p.Mention.Entity).ToHashSet();
        var city = provinces.Where(p => p.City).Select(p => p.Mention.Entity).ToHashSet();
        // "the Artibonite" is the province only where the article types it or lists it with others ("the Ouest and the
        // Artibonite"); alone it may be a river, a valley or a region.
        foreach (var (mention, _, inCity, definite) in provinces)
        {
            if (typed.Contains(mention.Entity) || !definite && !city.Contains(mention.Entity) && !inCity)
                context.Add(mention);
        }
    }

    // Capitalised words that follow another capitalised word in mid-sentence ("Mahamadou Sana"): the last names of people.
    private static HashSet<string> Surnames(ArticleContext context)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < context.Tokens.Count; i++)
        {
            var t = context.Tokens[i];
            var previous = context.Tokens[i - 1];
            if (t.Kind == TokenKind.Word && t.Case == TokenCase.Capitalised && previous.Kind == TokenKind.Word
                && previous.Case == TokenCase.Capitalised && context.SentenceOf(i - 1).FirstToken != i - 1 && !Words.NotNames.Contains(previous, context.Gazetteer.Words))
                surnames.Add(t.Key);
        }
        return surnames;
    }

    // "Sana said" after "Security Minister Mahamadou Sana": an acronym ("SANA") written as a word the article uses as a
    // surname is the person, not the listed body.
    private static bool IsSurname(ArticleContext context, TrieMatch<NameHit> match, HashSet<string> surnames)
    {
        if (match.End - match.Start != 1 || context.Tokens[match.Start].Case != TokenCase.Capitalised || !surnames.Contains(context.Tokens[match.Start].Key))
            return false;
        var surface = context.Text(match.Start, match.End);
        return match.Values.All(h => h.Entry.Kind is EntityKind.Organisation or EntityKind.Group
                                     && !string.Equals(h.Entry.Name, surface, StringComparison.Ordinal)
                                     && !h.Entry.Aliases.Contains(surface, StringComparer.Ordinal));
    }

    private static void Take(ArticleContext context, TrieMatch<NameHit> match, HashSet<string> countries, List<(Mention, bool, bool, bool)> provinces)
    {
        var hits = match.Values;
        var typeWordAt = TypeWordAfter(context, match.End);
        var person = NameHits.FirstOfKind(hits, EntityKind.Official);
        if (person.Entry is not null && NameHits.AllOfKind(hits, EntityKind.Official))
        {
            // "Petro Poroshenko" is not "Petro": a listed name inside a longer personal name is someone else.
            if (!InLongerPersonalName(context, match))
                context.Add(new Mention(match.Start, match.End, context.Entities.Of(person.Entry), MentionForm.Name));
            return;
        }
        var actor = NameHits.FirstActorBody(hits);
        if (actor.Entry is not null)
        {
            if (WrittenOtherwise(context, match, actor.Entry))
                return;
            context.Add(new Mention(match.Start, match.End, context.Entities.Of(actor.Entry), MentionForm.Name));
            return;
        }

        // "Moscow said", "Kigali rejects": a capital that acts is its state; "in Moscow" is a place the rest decides.
        var capital = NameHits.FirstInRole(hits, NameRole.Capital);
        if (capital.Entry is not null && StandsForState(context, match))
        {
            context.Add(new Mention(match.Start, match.End, context.Entities.Of(capital.Entry), MentionForm.Name) { ByCapital = true });
            return;
        }

        var provinceHits = NameHits.Provinces(hits);
        var country = NameHits.FirstCountry(hits);
        var typeWordNext = typeWordAt == match.End;
        // "Kaduna, Niger and Kebbi States": a plural type word closing a list makes each item a subdivision, even one
        // that shares its name with a country.
        var listTyped = typeWordAt > match.End && IsPluralType(context.Tokens[typeWordAt].Key);
        if (country.Entry is not null && !((typeWordNext || listTyped) && provinceHits.Count > 0))
        {
            if (IsGeographicFeature(context, match) || country.Role == NameRole.Demonym && (IsLanguage(context, match) || OpensFacilityName(context, match)))
                return;
            var form = country.Role == NameRole.Demonym ? MentionForm.Demonym : MentionForm.Name;
            context.Add(new Mention(match.Start, match.End, context.Entities.Of(country.Entry), form));
            return;
        }

        // "Kunar Province", "the State of Mexico", "the province of Kunar": the type word names the subdivision.
        var typedName = Words.SubdivisionTypes.Contains(context.Tokens[match.End - 1], context.Gazetteer.Words) || TypeWordBefore(context, match.Start)
                        || Words.SubdivisionTypes.Contains(context.Tokens[match.Start], context.Gazetteer.Words) && context.IsWord(match.Start + 1, "of");
        var typed = typeWordAt >= 0 || typedName;
        var province = ChooseProvince(provinceHits, countries, typed) ?? (typedName ? TypedInNamedCountry(context, match, countries) : null);
        if (province is null || IsGeographicFeature(context, match) || typeWordNext && SmallerUnit(context, match.End, province))
            return;
        // "the Sahel", "in Bamako": a capital district or city-level unit needs its type word, and a
        // subdivision is not written with "the" unless its type word follows.
        if (!typed && CityLike(province.Category))
            return;
        var definite = !typed && context.IsWord(match.Start - 1, "the");
        var end = typeWordNext ? match.End + 1 : match.End;
        var draft = context.Entities.Of(province);
        draft.AddAlias(context.Text(match.Start, match.End));
        if (!typed && InLongerName(context, match))
            return;
        provinces.Add((new Mention(match.Start, end, draft, MentionForm.Name), typed, !typed && (CityPlace(context, match) || IsCityNamed(province)), definite));
    }

    // "« Let us …»" is not "LeT": a one-word name the gazetteer writes in mixed case ("LeT", "JuD") counts only as written.
    private static bool WrittenOtherwise(ArticleContext context, TrieMatch<NameHit> match, GazetteerEntry entry)
    {
        // Such acronyms are short; most names never get this far.
        if (match.End - match.Start != 1 || context.Tokens[match.Start].Case == TokenCase.AllCaps || context.Tokens[match.Start].Length > 5)
            return false;
        // The spellings of the entry that match the text in any case: none may match it exactly, and all must mix cases.
        // A loop over the names in place: asked of most short names, a query would allocate every time.
        var surface = context.Body.AsSpan(context.Tokens[match.Start].Start, context.Tokens[match.Start].Length);
        var spelt = false;
        var mixedOnly = true;
        for (var a = 0; a <= entry.Aliases.Count; a++)
        {
            var spelling = a < entry.Aliases.Count ? entry.Aliases[a] : entry.Name;
            if (!surface.Equals(spelling, StringComparison.OrdinalIgnoreCase))
                continue;
            if (surface.SequenceEqual(spelling))
                return false;
            spelt = true;
            mixedOnly &= MixedCase(spelling);
        }
        return spelt && mixedOnly;
    }

    // "LeT", "JuD": a capital after the first letter and a lower-case letter somewhere.
    private static bool MixedCase(string spelling)
    {
        var upperAfterFirst = false;
        var lower = false;
        for (var k = 0; k < spelling.Length; k++)
        {
            upperAfterFirst |= k > 0 && char.IsUpper(spelling[k]);
            lower |= char.IsLower(spelling[k]);
        }
        return upperAfterFirst && lower;
    }

    // "Erdogan hospital", "Kagame stadium": a place named after a figure is not the figure.
    private static readonly WordSet NamedAfter =
    [
        "hospital", "airport", "street", "avenue", "road", "square", "stadium", "university", "bridge", "camp", "base",
        "school", "mosque", "foundation", "centre", "center", "port", "dam", "highway", "district", "city", "barracks",
    ];

    // "the Saudi Maternity Hospital", "the American University of Beirut": a demonym opening a facility's name says
    // nothing of the country.
    private static bool OpensFacilityName(ArticleContext context, TrieMatch<NameHit> match)
    {
        var sentenceEnd = context.SentenceOf(match.Start).EndToken;
        for (var i = match.End; i < sentenceEnd && i < match.End + 4; i++)
        {
            var t = context.Tokens[i];
            if (t.Kind != TokenKind.Word || !t.IsCapitalised || context.MentionAt(i) is not null)
                return false;
            if (NamedAfter.Contains(t, context.Gazetteer.Words))
                return true;
        }
        return false;
    }

    private static bool InLongerPersonalName(ArticleContext context, TrieMatch<NameHit> match)
    {
        if (context.IsAnyWord(match.End, NamedAfter))
            return true;
        // A full name ("Lloyd Austin") after capitalised words is the person under a long title ("Secretary of Defense");
        // a surname alone ("Petro") after a capitalised word is someone else's first name.
        var before = match.Start - 1;
        if (match.End - match.Start == 1 && before >= 0 && context.SentenceOf(match.Start).FirstToken <= before && context.Tokens[before].Kind == TokenKind.Word
            && context.Tokens[before].Case == TokenCase.Capitalised && !Words.NotNames.Contains(context.Tokens[before], context.Gazetteer.Words)
            && !TitleEndsAt(context, match.Start) && context.MentionAt(before) is null)
            return true;
        return match.End < context.Tokens.Count && context.Tokens[match.End].Kind == TokenKind.Word
               && context.Tokens[match.End].Case == TokenCase.Capitalised && !Words.NotNames.Contains(context.Tokens[match.End], context.Gazetteer.Words)
               && context.SentenceOf(match.End).FirstToken != match.End;
    }

    // "Secretary of Defense Lloyd Austin": a title of one or more words right before the name.
    private static bool TitleEndsAt(ArticleContext context, int end) =>
        MatchesEndingAt(context, context.Gazetteer.Titles, end, 5).Any();

    // The matches of a trie that end at token <paramref name="end"/>, starting at most <paramref name="words"/> tokens
    // before it in the same sentence.
    private static IEnumerable<TrieMatch<T>> MatchesEndingAt<T>(ArticleContext context, TokenTrie<T> trie, int end, int words)
    {
        var floor = context.SentenceOf(end - 1).FirstToken;
        for (var j = end - 1; j >= floor && j >= end - words; j--)
        {
            if (trie.Match(context.Tokens, j, end) is { } match && match.End == end)
                yield return match;
        }
    }

    // "Vladimir Putin", "Bangsamoro Autonomous Region …", "Sahel Wire": a province's name inside a longer proper name.
    private static bool InLongerName(ArticleContext context, TrieMatch<NameHit> match)
    {
        var before = match.Start - 1;
        if (before >= 0 && context.SentenceOf(match.Start).FirstToken < before && context.Tokens[before].Kind == TokenKind.Word
            && context.Tokens[before].Case == TokenCase.Capitalised && context.MentionAt(before) is null && !Words.NotNames.Contains(context.Tokens[before], context.Gazetteer.Words))
            return true;
        if (match.End >= context.Tokens.Count || context.Tokens[match.End].Kind != TokenKind.Word || !context.Tokens[match.End].IsCapitalised)
            return false;
        var next = context.Tokens[match.End].Key;
        // "Khyber Pakhtunkhwa Chief Minister X", "Kharkiv Governor X": a title after the province names its office.
        return !Words.SubdivisionTypes.Contains(next) && !Words.NotNames.Contains(next) && !context.Gazetteer.Names.StartsWith(context.Tokens[match.End])
               && context.Gazetteer.Titles.Match(context.Tokens, match.End, Math.Min(context.Tokens.Count, match.End + 4)) is null;
    }

    // Not a place: after "in", "from", "near" or a verb of going ("visited Kabul"), also as a later item of such a
    // list ("in Doha, Jerusalem and Washington"); not a dateline in capitals ("KABUL/ISLAMABAD, Dec 29"); not the
    // first word of a longer name ("Washington Post", "Sofia Rossi") or of a place ("Kabul airport").
    private static bool StandsForState(ArticleContext context, TrieMatch<NameHit> match)
    {
        var allCaps = true;
        for (var i = match.Start; i < match.End; i++)
            allCaps &= !context.Tokens[i].IsWordLike || context.Tokens[i].Case == TokenCase.AllCaps;
        if (allCaps || InPlacePosition(context, match.Start) || EndsLongerName(context, match.Start))
            return false;
        if (match.End >= context.Tokens.Count)
            return true;
        var next = context.Tokens[match.End];
        // "Beirut's southern suburbs": a possessive followed by parts of a city is the city.
        var after = next.Is('\'') && context.IsWord(match.End + 1, "s") ? match.End + 2 : match.End;
        return !(next.Kind == TokenKind.Word && next.IsCapitalised) && !context.IsAnyWord(after, PlaceNouns)
               && !(after > match.End && context.IsAnyWord(after + 1, PlaceNouns));
    }

    // "Mocímboa da Praia": a capital's name closing a longer name is not the capital.
    private static bool EndsLongerName(ArticleContext context, int start)
    {
        var before = start - 1;
        if (before < 0 || context.SentenceOf(start).FirstToken == start || context.Tokens[before].Kind != TokenKind.Word)
            return false;
        var t = context.Tokens[before];
        return Words.NameParticles.Contains(t, context.Gazetteer.Words) || t.IsCapitalised && context.MentionAt(before) is null && !Words.NotNames.Contains(t, context.Gazetteer.Words);
    }

    // "translated from French", "(… in Arabic)": a demonym after "in", "from" or "into" with no noun after it is a language.
    private static bool IsLanguage(ArticleContext context, TrieMatch<NameHit> match) =>
        context.IsAnyWord(match.Start - 1, LanguagePrepositions)
        && (match.End >= context.Tokens.Count || !context.Tokens[match.End].IsWordLike || context.SentenceOf(match.End).FirstToken == match.End);

    private static readonly WordSet LanguagePrepositions = ["in", "from", "into"];

    // "Lake Chad", "Gulf of Aden", "Niger Delta": a place name inside the name of a geographic feature.
    private static bool IsGeographicFeature(ArticleContext context, TrieMatch<NameHit> match)
    {
        var before = match.Start - 1;
        if (before >= 1 && context.IsWord(before, "of"))
            before--;
        if (before >= 0 && context.Tokens[before].IsCapitalised && context.Tokens[before].Key is "lake" or "gulf" or "sea" or "bay" or "mount" or "river" or "strait" or "straits" or "desert" or "valley" or "basin" or "coast" or "horn")
            return true;
        return match.End < context.Tokens.Count && context.Tokens[match.End].IsCapitalised
               && context.Tokens[match.End].Key is "basin" or "river" or "lake" or "sea" or "delta" or "valley" or "desert" or "corridor" or "strait";
    }

    // "White House Rose Garden": a listed organisation name inside a longer proper name is not a mention.
    private static bool PartOfLongerName(ArticleContext context, TrieMatch<NameHit> match)
    {
        if (!NameHits.AllActorBodies(match.Values))
            return false;
        var previous = match.Start - 1;
        // "the West Papua National Liberation Army": a province's name before a listed group's opens another group.
        if (previous >= 0 && context.Tokens[previous].IsCapitalised && ProvinceEndsAt(context, match.Start))
            return true;
        // "the Karen People's Defence Forces": a listed name that opens with a possessive ("People's") takes a people's
        // or place's name before it as part of another name.
        if (previous >= 0 && context.SentenceOf(match.Start).FirstToken < previous && context.Tokens[previous].Kind == TokenKind.Word
            && context.Tokens[previous].IsCapitalised && context.MentionAt(previous) is null
            && !Words.NotNames.Contains(context.Tokens[previous], context.Gazetteer.Words)
            && match.Start + 2 < match.End && context.Tokens[match.Start + 1].Is('\'') && context.IsWord(match.Start + 2, "s"))
            return true;
        // "Thérèse Kayikwamba Wagner": a listed name closing a personal name.
        if (previous >= 0 && context.SentenceOf(match.Start).FirstToken < previous && context.Tokens[previous].Kind == TokenKind.Word
            && context.Tokens[previous].Case == TokenCase.Capitalised && context.MentionAt(previous) is null
            && !Words.NotNames.Contains(context.Tokens[previous], context.Gazetteer.Words) && context.Gazetteer.Titles.Match(context.Tokens, previous, previous + 1) is null
            && match.End - match.Start == 1 && !context.Tokens[previous].Key.EndsWith('s'))
            return true;
        if (match.End >= context.Tokens.Count)
            return false;
        var next = context.Tokens[match.End];
        if (next.Kind != TokenKind.Word || next.Case != TokenCase.Capitalised || context.SentenceOf(match.End).FirstToken == match.End)
            return false;
        // "The National Police": an outlet's name ("The National") opening the name of an institution.
        if (Words.InstitutionWords.Contains(next, context.Gazetteer.Words) && match.Values.All(h => h.Entry.Kind == EntityKind.Organisation && EntityDraft.IsOutletCategory(h.Entry.Category)))
            return true;
        if (Words.NotNames.Contains(next, context.Gazetteer.Words) || context.Gazetteer.Titles.Match(context.Tokens, match.End, match.End + 4 <= context.Tokens.Count ? match.End + 4 : context.Tokens.Count) is not null)
            return false;
        return context.Gazetteer.Names.Match(context.Tokens, match.End, context.Tokens.Count) is null
               && !Words.SubdivisionTypes.Contains(next, context.Gazetteer.Words) && next.Key is not ("forces" or "force" or "fighters" or "militants" or "members"
                   or "leader" or "leaders" or "commander" or "commanders" or "resolution" or "resolutions" or "chief" or "member");
    }
}

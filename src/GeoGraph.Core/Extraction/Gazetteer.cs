using System.Collections.Frozen;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction;

/// <summary>
/// The loaded gazetteers (countries, provinces, organisations, groups, titles, cue phrases) with their
/// token tries. Load once per process and share: it is immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private Gazetteer(
        TokenTrie<NameHit> names,
        TokenTrie<TitleEntry> titles,
        TokenTrie<Cue> cues,
        FrozenDictionary<string, GazetteerEntry> countriesByIso,
        FrozenDictionary<string, GazetteerEntry> actorsByName,
        FrozenDictionary<string, string[]> demonyms,
        FrozenDictionary<string, List<GazetteerEntry>> typedProvinces,
        FrozenDictionary<string, GazetteerEntry> peopleBySkeleton,
        int entryCount)
    {
        PeopleBySkeleton = peopleBySkeleton;
        DemonymsByIso = demonyms;
        ProvincesByTypedName = typedProvinces;
        Names = names;
        Titles = titles;
        Cues = cues;
        // The word sets' words are numbered first: a set's bits then end at its highest word, a few hundred bytes rather than
        // the pool's length, and a token numbered past them is in no set without a read of any bits.
        Words = new WordPool(WordSet.Declared().Concat(names.Words).Concat(titles.Words).Concat(cues.Words).Concat(Extraction.Words.Pooled));
        names.Freeze(Words);
        titles.Freeze(Words);
        cues.Freeze(Words);
        CountriesByIso = countriesByIso;
        ActorsByName = actorsByName;
        _nationalBodies = NationalBodiesOf(actorsByName.Values);
        EntryCount = entryCount;
    }

    /// <summary>Where the gazetteer files are copied next to the application: <c>seed-data/gazetteer</c>.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "seed-data", "gazetteer");

    /// <summary>How many countries, provinces, organisations and groups are listed.</summary>
    public int EntryCount { get; }

    /// <summary>How many phrases (names, aliases, demonyms, titles and cues) the tries hold.</summary>
    public int PhraseCount => Names.Count + Titles.Count + Cues.Count;

    internal TokenTrie<NameHit> Names { get; }

    internal TokenTrie<TitleEntry> Titles { get; }

    internal TokenTrie<Cue> Cues { get; }

    /// <summary>Every word the tries and word lists know, so that tokens of an article share their keys.</summary>
    internal WordPool Words { get; }

    internal FrozenDictionary<string, GazetteerEntry> CountriesByIso { get; }

    /// <summary>Organisations and groups by canonical name, case-insensitively (for "part of").</summary>
    internal FrozenDictionary<string, GazetteerEntry> ActorsByName { get; }

    /// <summary>
    /// Listed people by the consonants of a full name (<see cref="NameSkeleton.Of"/>), for spellings the list does not
    /// hold ("Mohamed Hamdan Daglo"); a skeleton two people share is left out.
    /// </summary>
    internal FrozenDictionary<string, GazetteerEntry> PeopleBySkeleton { get; }

    /// <summary>Each country's demonyms, first the usual adjective ("Afghan").</summary>
    internal FrozenDictionary<string, string[]> DemonymsByIso { get; }

    /// <summary>A country's usual adjective ("Afghan" for AF), if it has one: how the stages name its bodies ("Afghan army").</summary>
    internal string? UsualDemonym(string iso2) => DemonymsByIso.GetValueOrDefault(iso2) is [var first, ..] ? first : null;

    /// <summary>Provinces by folded "name type" ("south governorate"), for "the Nabatieh and South governorates".</summary>
    internal FrozenDictionary<string, List<GazetteerEntry>> ProvincesByTypedName { get; }

    /// <summary>The listed body of <paramref name="category"/> ("military force") of a country, if any.</summary>
    /// <remarks>
    /// Where a country lists several, the same one every run (a frozen dictionary's order changes with the process's
    /// string hashing): a top-level body before its units, one called an army or armed forces first.
    /// </remarks>
    internal GazetteerEntry? NationalBody(string iso2, string category) => _nationalBodies.GetValueOrDefault((iso2, category));

    // Rules ask for a country's body often (every "the military"); the choice among all actors is made once, at load.
    private readonly FrozenDictionary<(string Iso, string Category), GazetteerEntry> _nationalBodies;

    private static FrozenDictionary<(string Iso, string Category), GazetteerEntry> NationalBodiesOf(IEnumerable<GazetteerEntry> actors) =>
        actors.Where(e => e.Country is not null && e.Category is not null)
            .GroupBy(e => (Iso: e.Country!, Category: e.Category!))
            .ToFrozenDictionary(g => g.Key, g => g
                .OrderBy(e => e.PartOf is not null)
                .ThenBy(e => !e.Aliases.Prepend(e.Name).Any(n => n.Contains("army", StringComparison.OrdinalIgnoreCase) || n.Contains("armed forces", StringComparison.OrdinalIgnoreCase)))
                .ThenBy(e => e.Name, StringComparer.Ordinal)
                .First());

    /// <summary>Reads every gazetteer file in <paramref name="directory"/> and builds the tries.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="InvalidDataException">A file holds a row the reader cannot understand.</exception>
    public static Gazetteer Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Gazetteer directory not found: {directory}");

        var names = new TokenTrie<NameHit>();
        var countries = new Dictionary<string, GazetteerEntry>(StringComparer.OrdinalIgnoreCase);
        var actors = new Dictionary<string, GazetteerEntry>(StringComparer.OrdinalIgnoreCase);
        var demonymsByIso = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var typed = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var (country, demonyms) in GazetteerReader.Countries(directory))
        {
            countries[country.IsoCode!] = country;
            demonymsByIso[country.IsoCode!] = [.. demonyms];
            AddNames(names, country);
            foreach (var demonym in demonyms)
                names.Add(demonym, new NameHit(country, NameRole.Demonym), caseSensitive: true);
            count++;
        }
        foreach (var (iso2, capitals) in GazetteerReader.Capitals(directory))
        {
            if (!countries.TryGetValue(iso2, out var country))
                throw new InvalidDataException($"capitals.tsv: unknown country '{iso2}'");
            foreach (var capital in capitals)
                names.Add(capital, new NameHit(country, NameRole.Capital), caseSensitive: true);
        }
        var skeletons = new Dictionary<string, GazetteerEntry?>(StringComparer.Ordinal);
        foreach (var entry in GazetteerReader.Provinces(directory)
                     .Concat(GazetteerReader.Organisations(directory))
                     .Concat(GazetteerReader.Groups(directory))
                     .Concat(GazetteerReader.People(directory)))
        {
            AddNames(names, entry);
            if (entry.Kind == EntityKind.Official)
                AddSkeletons(skeletons, entry);
            if (entry.Kind is EntityKind.Organisation or EntityKind.Group)
                actors.TryAdd(entry.Name, entry);
            if (entry.Kind == EntityKind.Province)
            {
                var key = TypedKey(entry.Name);
                if (!typed.TryGetValue(key, out var list))
                    typed[key] = list = [];
                list.Add(entry);
            }
            count++;
        }

        var titles = new TokenTrie<TitleEntry>();
        foreach (var (phrase, title) in GazetteerReader.Titles(directory))
            titles.Add(phrase, title, caseSensitive: IsAcronym(phrase));

        var cues = new TokenTrie<Cue>();
        foreach (var cue in GazetteerReader.Cues(directory))
            cues.Add(cue.Phrase, cue, caseSensitive: false);

        return new Gazetteer(names, titles, cues, countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            actors.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), demonymsByIso.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            typed.ToFrozenDictionary(StringComparer.Ordinal),
            skeletons.Where(p => p.Value is not null).ToFrozenDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal), count);
    }

    // A skeleton two people share names neither: null marks it.
    private static void AddSkeletons(Dictionary<string, GazetteerEntry?> skeletons, GazetteerEntry person)
    {
        foreach (var name in person.Aliases.Prepend(person.Name))
        {
            if (NameSkeleton.Of(name) is not { } skeleton)
                continue;
            if (!skeletons.TryGetValue(skeleton, out var other))
                skeletons[skeleton] = person;
            else if (other != person)
                skeletons[skeleton] = null;
        }
    }

    /// <summary>The country entry with ISO alpha-2 <paramref name="iso2"/>, if listed.</summary>
    internal GazetteerEntry? Country(string? iso2) =>
        iso2 is not null && CountriesByIso.TryGetValue(iso2, out var c) ? c : null;

    /// <summary>The key of a province name with its type word: "South Governorate" → "south governorate".</summary>
    internal static string TypedKey(string name) =>
        string.Join(' ', Tokenizer.Tokenize(name).Where(t => t.IsWordLike).Select(t => t.Key));

    private static void AddNames(TokenTrie<NameHit> names, GazetteerEntry entry)
    {
        var hit = new NameHit(entry, NameRole.Name);
        names.Add(entry.Name, hit, caseSensitive: true);
        foreach (var alias in entry.Aliases)
            names.Add(alias, hit, caseSensitive: true);
    }

    // Short all-capital titles ("PM", "MG") must not match ordinary words.
    private static bool IsAcronym(string phrase) => phrase.Length <= 4 && phrase.All(c => !char.IsLower(c));
}

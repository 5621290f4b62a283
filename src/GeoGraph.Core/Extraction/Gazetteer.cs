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
        int entryCount)
    {
        Names = names;
        Titles = titles;
        Cues = cues;
        CountriesByIso = countriesByIso;
        ActorsByName = actorsByName;
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

    internal FrozenDictionary<string, GazetteerEntry> CountriesByIso { get; }

    /// <summary>Organisations and groups by canonical name, case-insensitively (for "part of").</summary>
    internal FrozenDictionary<string, GazetteerEntry> ActorsByName { get; }

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
        var count = 0;
        foreach (var (country, demonyms) in GazetteerReader.Countries(directory))
        {
            countries[country.IsoCode!] = country;
            AddNames(names, country);
            foreach (var demonym in demonyms)
                names.Add(demonym, new NameHit(country, NameRole.Demonym), caseSensitive: true);
            count++;
        }
        foreach (var entry in GazetteerReader.Provinces(directory)
                     .Concat(GazetteerReader.Organisations(directory))
                     .Concat(GazetteerReader.Groups(directory)))
        {
            AddNames(names, entry);
            if (entry.Kind is EntityKind.Organisation or EntityKind.Group)
                actors.TryAdd(entry.Name, entry);
            count++;
        }

        var titles = new TokenTrie<TitleEntry>();
        foreach (var (phrase, title) in GazetteerReader.Titles(directory))
            titles.Add(phrase, title, caseSensitive: IsAcronym(phrase));

        var cues = new TokenTrie<Cue>();
        foreach (var cue in GazetteerReader.Cues(directory))
            cues.Add(cue.Phrase, cue, caseSensitive: false);

        return new Gazetteer(names, titles, cues, countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            actors.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), count);
    }

    /// <summary>The country entry with ISO alpha-2 <paramref name="iso2"/>, if listed.</summary>
    internal GazetteerEntry? Country(string? iso2) =>
        iso2 is not null && CountriesByIso.TryGetValue(iso2, out var c) ? c : null;

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

using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>Turns the gazetteer's files into entries, titles and cues.</summary>
internal static class GazetteerReader
{
    public static IEnumerable<(GazetteerEntry Entry, IReadOnlyList<string> Demonyms)> Countries(string directory) =>
        TsvFile.Read(Path.Combine(directory, "countries.tsv"), 5).Select(c =>
            (new GazetteerEntry(EntityKind.Country, c[2], TsvFile.List(c[3]), "country", c[0], null, c[0]),
             (IReadOnlyList<string>)TsvFile.List(c[4])));

    /// <summary>Each country's capital and its other spellings, by ISO alpha-2; none when the file is absent.</summary>
    public static IEnumerable<(string Iso2, IReadOnlyList<string> Names)> Capitals(string directory)
    {
        var path = Path.Combine(directory, "capitals.tsv");
        if (!File.Exists(path))
            return [];
        return TsvFile.Read(path, 3).Select(c => (c[0], (IReadOnlyList<string>)[c[1], .. TsvFile.List(c[2])]));
    }

    public static IEnumerable<GazetteerEntry> Provinces(string directory) =>
        TsvFile.Read(Path.Combine(directory, "provinces.tsv"), 6).Select(c =>
        {
            var (name, aliases) = EnglishName(c[2], TsvFile.List(c[4]));
            return new GazetteerEntry(EntityKind.Province, name, aliases, c[3], c[1], null, c[0], FlagsOf(c[5]));
        });

    // An oblast is called by its type word in English ("Kursk Oblast"); the bare name stays an alias.
    private static (string Name, IReadOnlyList<string> Aliases) EnglishName(string name, IReadOnlyList<string> aliases)
    {
        var oblast = name + " Oblast";
        var (english, others) = aliases.Contains(oblast, StringComparer.Ordinal) ? (oblast, [name, .. aliases.Where(a => a != oblast)]) : (name, aliases);
        return (english, [.. others, .. CompassVariants(name)]);
    }

    private static readonly string[] Compass = ["Northwest", "Northeast", "Southwest", "Southeast"];

    // "Southwest Region" is also written "South West Region" and "South-West Region".
    private static IEnumerable<string> CompassVariants(string name)
    {
        foreach (var word in Compass)
        {
            if (!name.Contains(word, StringComparison.Ordinal))
                continue;
            yield return name.Replace(word, word[..5] + " " + char.ToUpperInvariant(word[5]) + word[6..], StringComparison.Ordinal);
            yield return name.Replace(word, word[..5] + "-" + char.ToUpperInvariant(word[5]) + word[6..], StringComparison.Ordinal);
        }
    }

    public static IEnumerable<GazetteerEntry> Organisations(string directory) =>
        TsvFile.Read(Path.Combine(directory, "organisations.tsv"), 5).Select(c =>
            new GazetteerEntry(EntityKind.Organisation, c[0], TsvFile.List(c[1]), TsvFile.Optional(c[2]),
                TsvFile.Optional(c[3]), TsvFile.Optional(c[4]), null));

    public static IEnumerable<GazetteerEntry> Groups(string directory) =>
        TsvFile.Read(Path.Combine(directory, "groups.tsv"), 4).Select(c =>
            new GazetteerEntry(EntityKind.Group, c[0], TsvFile.List(c[1]), TsvFile.Optional(c[2]),
                null, TsvFile.Optional(c[3]), null));

    /// <summary>Public figures: name, aliases, role (as the category), country and the body they lead (as part of).</summary>
    public static IEnumerable<GazetteerEntry> People(string directory) =>
        TsvFile.Read(Path.Combine(directory, "people.tsv"), 5).Select(c =>
            new GazetteerEntry(EntityKind.Official, c[0], TsvFile.List(c[1]), TsvFile.Optional(c[2]),
                TsvFile.Optional(c[3]), TsvFile.Optional(c[4]), null));

    public static IEnumerable<(string Phrase, TitleEntry Title)> Titles(string directory)
    {
        foreach (var c in TsvFile.Read(Path.Combine(directory, "titles.tsv"), 3))
        {
            var kind = Enum.Parse<TitleKind>(c[1], ignoreCase: true);
            var title = new TitleEntry(c[0], kind);
            yield return (c[0], title);
            foreach (var variant in TsvFile.List(c[2]))
                yield return (variant, title);
        }
    }

    public static IEnumerable<Cue> Cues(string directory)
    {
        foreach (var c in TsvFile.Read(Path.Combine(directory, "cues.tsv"), 3))
        {
            var kind = c[0];
            if (kind.StartsWith("relation:", StringComparison.Ordinal))
            {
                if (!RelationTypes.TryParse(kind["relation:".Length..], out var type))
                    throw new InvalidDataException($"cues.tsv: unknown relation type in '{kind}'");
                var direction = c[2] switch
                {
                    "passive" => CueDirection.Passive,
                    "passive-prefix" => CueDirection.PassivePrefix,
                    "mutual" => CueDirection.Mutual,
                    "between" => CueDirection.Between,
                    "label" => CueDirection.Label,
                    "agent" => CueDirection.Agent,
                    "base" => CueDirection.Base,
                    _ => CueDirection.Active,
                };
                yield return new Cue(CueKind.Relation, c[1], type, direction);
            }
            else
            {
                yield return new Cue(Enum.Parse<CueKind>(kind, ignoreCase: true), c[1]);
            }
        }
    }

    private static EntryFlags FlagsOf(string cell)
    {
        var flags = EntryFlags.None;
        foreach (var f in cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            flags |= f switch
            {
                "common-word" => EntryFlags.CommonWord,
                "country-name" => EntryFlags.CountryName,
                _ => EntryFlags.None,
            };
        }
        return flags;
    }
}

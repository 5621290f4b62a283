using GeoGraph.Core.Extraction;
using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class GazetteerTests
{
    [Fact]
    public void ListsEveryIsoCountryAndThousandsOfProvinces()
    {
        var gazetteer = Extractors.Gazetteer;

        Assert.True(gazetteer.CountriesByIso.Count >= 249);
        Assert.True(gazetteer.EntryCount > 3_500);
        Assert.Equal("Afghanistan", gazetteer.Country("AF")!.Name);
    }

    [Theory]
    [InlineData("U.S", "United States")]
    [InlineData("USA", "United States")]
    [InlineData("Yemeni", "Yemen")]
    [InlineData("Paktiyā", "Paktia")]
    [InlineData("Paktiya", "Paktia")]
    [InlineData("Daesh", "Islamic State")]
    [InlineData("Ansar Allah", "Houthis")]
    [InlineData("Al-Qaida", "al-Qaeda")]
    [InlineData("IS-K", "Islamic State Khorasan Province")]
    [InlineData("UNIFIL", "UNIFIL")]
    [InlineData("Tolo News", "Tolo News")]
    [InlineData("Anadolu", "Anadolu Agency")]
    [InlineData("LeJ", "Lashkar-e-Jhangvi")]
    [InlineData("DHKP-C", "Revolutionary People's Liberation Party-Front")]
    [InlineData("Liwa Fatemiyoun", "Fatemiyoun Division")]
    [InlineData("ex-Seleka", "Séléka")]
    [InlineData("SSA-S", "Shan State Army")]
    [InlineData("PNP", "Philippine National Police")]
    [InlineData("KNLA", "Karen National Liberation Army")]
    [InlineData("Srpska Lista", "Serb List")]
    public void FindsAnEntryThroughAnyOfItsNames(string text, string canonical)
    {
        var tokens = GeoGraph.Core.Extraction.Tokens.Tokenizer.Tokenize(text);

        var match = Extractors.Gazetteer.Names.Match(tokens, 0, tokens.Count);

        Assert.NotNull(match);
        Assert.Contains(match.Values, h => h.Entry.Name == canonical);
    }

    [Theory]
    [InlineData("Sistan-Baluchestan", "IR-11")]
    [InlineData("Gilan", "IR-01")]
    [InlineData("Kohgiluyeh and Boyer-Ahmad", "IR-17")]
    [InlineData("Kurdistan Region", "IQ-KR")]
    [InlineData("Lower Shabelle", "SO-SH")]
    [InlineData("Hiraan", "SO-HI")]
    public void ProvincesAreListedUnderTheirCurrentCodes(string text, string code)
    {
        var tokens = GeoGraph.Core.Extraction.Tokens.Tokenizer.Tokenize(text);

        var hits = Extractors.Gazetteer.Names.Match(tokens, 0, tokens.Count)!.Values.Where(h => h.Entry.Kind == EntityKind.Province);

        Assert.Contains(hits, h => h.Entry.IsoCode == code);
    }

    // A source that keeps superseded codes once gave one province the names of another (Iran's were renumbered).
    [Fact]
    public void NoProvinceIsCalledByTheNameOfAnotherOfTheSameKindInItsCountry()
    {
        var rows = File.ReadLines(Path.Combine(RepositoryPaths.Root, "seed-data", "gazetteer", "provinces.tsv"))
            .Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        var byName = rows.GroupBy(r => (r[1], r[3], r[2].ToLowerInvariant())).ToDictionary(g => g.Key, g => g.First()[0]);

        var clashes = rows.SelectMany(r => r[4].Split('|', StringSplitOptions.RemoveEmptyEntries)
                .Where(a => byName.TryGetValue((r[1], r[3], a.ToLowerInvariant()), out var other) && other != r[0])
                .Select(a => $"{r[0]} {a}"))
            .ToList();

        Assert.Empty(clashes);
    }

    [Fact]
    public void ProvincesKnowTheirCountryAndIsoCode()
    {
        var tokens = GeoGraph.Core.Extraction.Tokens.Tokenizer.Tokenize("Kunar");

        var hit = Extractors.Gazetteer.Names.Match(tokens, 0, tokens.Count)!.Values.Single(h => h.Entry.Kind == EntityKind.Province);

        Assert.Equal("AF-KNR", hit.Entry.IsoCode);
        Assert.Equal("AF", hit.Entry.Country);
    }

    [Theory]
    [InlineData("Belgorod", "Belgorod Oblast")]
    [InlineData("Belgorod Oblast", "Belgorod Oblast")]
    public void AnOblastIsCalledByItsTypeWord(string text, string canonical)
    {
        var tokens = GeoGraph.Core.Extraction.Tokens.Tokenizer.Tokenize(text);

        var hit = Extractors.Gazetteer.Names.Match(tokens, 0, tokens.Count)!.Values.Single(h => h.Entry.Kind == EntityKind.Province);

        Assert.Equal(canonical, hit.Entry.Name);
    }

    [Theory]
    [InlineData("South East Sulawesi")]
    [InlineData("South-East Sulawesi")]
    public void ACompassWordIsAlsoWrittenInTwoWords(string text)
    {
        var tokens = GeoGraph.Core.Extraction.Tokens.Tokenizer.Tokenize(text);

        var match = Extractors.Gazetteer.Names.Match(tokens, 0, tokens.Count);

        Assert.NotNull(match);
        Assert.Contains(match.Values, h => h.Entry.Name == "Southeast Sulawesi");
    }

    [Fact]
    public void ACountrysListedArmyIsItsNationalMilitaryForceBeforeItsOtherForces()
    {
        Assert.Equal("Islamic Republic of Iran Army", Extractors.Gazetteer.NationalBody("IR", "military force")!.Name);
    }

    [Fact]
    public void EveryPartOfInTheCuratedListsNamesAListedEntry()
    {
        var directory = Gazetteer.DefaultDirectory;
        var rows = new[] { ("organisations.tsv", 4), ("groups.tsv", 3), ("people.tsv", 4) }
            .SelectMany(file => File.ReadLines(Path.Combine(directory, file.Item1))
                .Where(line => !line.StartsWith('#') && line.Length > 0)
                .Select(line => line.Split('\t'))
                .Select(columns => (Name: columns[0], PartOf: columns.Length > file.Item2 ? columns[file.Item2] : string.Empty)))
            .ToList();
        var names = rows.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);

        Assert.True(rows.Count(r => r.PartOf.Length > 0) > 50);
        Assert.All(rows.Where(r => r.PartOf.Length > 0), r => Assert.True(names.Contains(r.PartOf), $"{r.Name} is part of unlisted {r.PartOf}"));
    }

    [Fact]
    public void AMissingDirectoryIsReportedPlainly()
    {
        Assert.Throws<DirectoryNotFoundException>(() => Gazetteer.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
    }
}

using GeoGraph.Core.Extraction;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Provinces are found by the spellings English-language news uses, and the curated province rows stay well formed.</summary>
public sealed class GazetteerBreadthProvincesTests
{
    [Theory]
    [InlineData("Hodeidah", "YE-HU")]
    [InlineData("Taiz", "YE-TA")]
    [InlineData("Hadramout", "YE-HD")]
    [InlineData("Dhale", "YE-DA")]
    [InlineData("Aden", "YE-AD")]
    [InlineData("Raqqa", "SY-RA")]
    [InlineData("Deir al-Zor", "SY-DY")]
    [InlineData("Sweida", "SY-SU")]
    [InlineData("Salahuddin", "IQ-SD")]
    [InlineData("Salah al-Din", "IQ-SD")]
    [InlineData("Erbil province", "IQ-AR")]
    [InlineData("Baluchistan", "PK-BA")]
    [InlineData("Khyber Pakhtoonkhwa", "PK-KP")]
    [InlineData("Qandahar", "AF-KAN")]
    [InlineData("Sistan and Baluchistan", "IR-11")]
    [InlineData("Benadir", "SO-BN")]
    [InlineData("Southern Kordofan", "SD-KS")]
    [InlineData("Gambella", "ET-GA")]
    [InlineData("Misurata", "LY-MI")]
    [InlineData("Timbuktu", "ML-6")]
    [InlineData("Extreme North Region", "CM-EN")]
    [InlineData("Bas-Congo", "CD-BC")]
    [InlineData("Arakan State", "MM-16")]
    [InlineData("North Cotabato", "PH-NCO")]
    [InlineData("Orissa", "IN-OR")]
    [InlineData("Kharkov", "UA-63")]
    [InlineData("Kursk region", "RU-KRS")]
    [InlineData("Khan Younis", "PS-KYS")]
    [InlineData("Bekaa", "LB-BI")]
    [InlineData("Assiut", "EG-AST")]
    [InlineData("Urfa", "TR-63")]
    [InlineData("Nakhichevan", "AZ-NX")]
    [InlineData("Estado de Mexico", "MX-MEX")]
    [InlineData("Muranga", "KE-29")]
    public void FindsAProvinceByItsNewsSpelling(string text, string isoCode)
    {
        var tokens = Tokenizer.Tokenize(text);

        var match = Extractors.Gazetteer.Names.Match(tokens, 0, tokens.Count);

        Assert.NotNull(match);
        Assert.Equal(tokens.Count, match.End);
        Assert.Contains(match.Values, h => h.Entry.Kind == EntityKind.Province && h.Entry.IsoCode == isoCode);
    }

    // The build splits each row into exactly four cells, and a code of no listed country is dropped without a word.
    [Fact]
    public void EveryProvinceExtraHasFourColumnsAndAListedCountry()
    {
        var countries = File.ReadLines(Path.Combine(Gazetteer.DefaultDirectory, "countries.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0])
            .ToHashSet(StringComparer.Ordinal);
        var rows = ExtraRows();

        Assert.True(rows.Count > 200);
        Assert.All(rows, row => Assert.Equal(4, row.Length));
        Assert.All(rows, row => Assert.Matches("^[A-Z]{2}-[A-Z0-9]{1,3}$", row[0]));
        Assert.All(rows, row => Assert.Contains(row[0].Split('-')[0], countries));
    }

    // The build keeps one row per code, so a second row for a code would silently replace the first.
    [Fact]
    public void NoProvinceExtraCodeIsListedTwice()
    {
        var codes = ExtraRows().Select(row => row[0]).ToList();

        Assert.Empty(codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    // The curated source, not the generated provinces.tsv: only the source shows a row's own columns.
    private static List<string[]> ExtraRows() =>
        File.ReadLines(Path.Combine(RepositoryPaths.Root, "seed-data", "gazetteer", "tools", "province-extras.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();
}

using GeoGraph.Core.Extraction;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>The curated groups and people lists reach across regions, and every row keeps its columns.</summary>
public sealed class GazetteerBreadthGroupsTests
{
    [Theory]
    [InlineData("GATIA", "Imghad Tuareg and Allies Self-Defence Group")]
    [InlineData("IPOB", "Indigenous People of Biafra")]
    [InlineData("SLM-MM", "Sudan Liberation Movement-Minni Minnawi")]
    [InlineData("NDC-R", "Nduma Defence of Congo-Renové")]
    [InlineData("FPRC", "Popular Front for the Renaissance of the Central African Republic")]
    [InlineData("Radaa", "Special Deterrence Force")]
    [InlineData("Saraya al-Salam", "Saraya al-Salam")]
    [InlineData("Sultan Murad Division", "Sultan Murad Division")]
    [InlineData("Mujahedin-e Khalq", "People's Mojahedin Organization of Iran")]
    [InlineData("Fitna al-Khawarij", "Tehrik-i-Taliban Pakistan")]
    [InlineData("BYC", "Baloch Yakjehti Committee")]
    [InlineData("Arambai Tenggol", "Arambai Tenggol")]
    [InlineData("KNDF", "Karenni Nationalities Defence Force")]
    [InlineData("MNLF", "Moro National Liberation Front")]
    [InlineData("Ejército Gaitanista de Colombia", "Clan del Golfo")]
    [InlineData("5 Segonn", "Village de Dieu gang")]
    [InlineData("Continuity IRA", "Continuity IRA")]
    [InlineData("Hemedti", "Mohamed Hamdan Dagalo")]
    [InlineData("Syrskyi", "Oleksandr Syrskyi")]
    [InlineData("Qaani", "Esmail Qaani")]
    [InlineData("Muqtada al-Sadr", "Muqtada al-Sadr")]
    [InlineData("Baradar", "Abdul Ghani Baradar")]
    [InlineData("Ndayishimiye", "Evariste Ndayishimiye")]
    [InlineData("Iván Mordisco", "Ivan Mordisco")]
    public void FindsAGroupOrFigureOfAnyRegionThroughItsNames(string text, string canonical)
    {
        var tokens = Tokenizer.Tokenize(text);

        var match = Extractors.Gazetteer.Names.Match(tokens, 0, tokens.Count);

        Assert.NotNull(match);
        Assert.Contains(match.Values, h => h.Entry.Name == canonical);
    }

    // The reader pads a short row, so a lost tab would shift a group's category into its aliases unnoticed.
    [Theory]
    [InlineData("groups.tsv", 4)]
    [InlineData("people.tsv", 5)]
    public void EveryCuratedRowHasAllItsColumns(string file, int columns)
    {
        var rows = File.ReadLines(Path.Combine(Gazetteer.DefaultDirectory, file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

        Assert.True(rows.Count > 300);
        Assert.All(rows, row => Assert.Equal(columns, row.Split('\t').Length));
    }

    [Theory]
    [InlineData("groups.tsv")]
    [InlineData("people.tsv")]
    public void NoCanonicalNameIsListedTwice(string file)
    {
        var names = File.ReadLines(Path.Combine(Gazetteer.DefaultDirectory, file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0])
            .ToList();

        Assert.Empty(names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}

using GeoGraph.Core.Extraction;
using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>The broad organisation list: bodies found by their other names, and rows that keep the matcher's rules.</summary>
public sealed class GazetteerBreadthOrganisationsTests
{
    [Theory]
    [InlineData("UKMTO", "UK Maritime Trade Operations")]
    [InlineData("MI6", "Secret Intelligence Service")]
    [InlineData("White Helmets", "Syria Civil Defence")]
    [InlineData("Rosgvardiya", "Rosgvardia")]
    [InlineData("EACRF", "East African Community Regional Force")]
    [InlineData("Verkhovna Rada", "Verkhovna Rada")]
    [InlineData("Doctors of the World", "Médecins du Monde")]
    [InlineData("SIPRI", "Stockholm International Peace Research Institute")]
    [InlineData("Euro-Med Monitor", "Euro-Mediterranean Human Rights Monitor")]
    [InlineData("EULEX Kosovo", "EULEX")]
    [InlineData("Republic of Somaliland", "Somaliland")]
    [InlineData("Puntland State of Somalia", "Puntland")]
    [InlineData("Pridnestrovian Moldavian Republic", "Transnistria")]
    [InlineData("TRNC", "Turkish Republic of Northern Cyprus")]
    public void FindsABroadOrganisationThroughAnyOfItsNames(string text, string canonical)
    {
        var tokens = GeoGraph.Core.Extraction.Tokens.Tokenizer.Tokenize(text);

        var match = Extractors.Gazetteer.Names.Match(tokens, 0, tokens.Count);

        Assert.NotNull(match);
        Assert.Contains(match.Values, h => h.Entry.Kind == EntityKind.Organisation && h.Entry.Name == canonical);
    }

    // A paramilitary, border guard or agency of a country must not answer for "the Russian army" or "Israeli police".
    [Theory]
    [InlineData("RU", "military force", "Russian Armed Forces")]
    [InlineData("IL", "police", "Israel Police")]
    [InlineData("IQ", "police", "Iraqi Police")]
    [InlineData("IL", "military force", "Israel Defense Forces")]
    public void AnotherListedBodyOfTheCountryDoesNotTakeTheNationalForcesPlace(string iso2, string category, string expected)
    {
        Assert.Equal(expected, Extractors.Gazetteer.NationalBody(iso2, category)!.Name);
    }

    [Fact]
    public void NoNameIsListedBothAsAnOrganisationAndAsAGroup()
    {
        var organisations = NamesIn("organisations.tsv");
        var groups = NamesIn("groups.tsv");

        Assert.Empty(organisations.Intersect(groups, StringComparer.Ordinal));
    }

    [Fact]
    public void NoOrganisationIsListedTwice()
    {
        var names = Rows("organisations.tsv").Select(columns => columns[0]).ToList();

        Assert.Empty(names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(Gazetteer.DefaultDirectory, file))
            .Where(line => !line.StartsWith('#') && line.Length > 0)
            .Select(line => line.Split('\t'));

    private static HashSet<string> NamesIn(string file) =>
        Rows(file).SelectMany(columns => columns.Take(2).SelectMany(cell => cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToHashSet(StringComparer.Ordinal);
}

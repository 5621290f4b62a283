using System.Text.Json;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A listed person or province named in a spelling the list does not hold is the listed one: the consonants of a
/// name survive transliteration ("Daglo" and "Dagalo", "Mohamed" and "Mohammed", "Turkanaa county"). A person needs a
/// full name; a province needs its type word and a country the article names; the article's spelling is kept.
/// </summary>
public sealed class TransliteratedNameTests
{
    [Theory]
    [InlineData("Mohamed Hamdan Daglo", "Mohammed Hamdan Dagalo")]
    [InlineData("Félix Tshisekedy", "Felix Tshisekedi")]
    [InlineData("Abdel Fatah al-Burhan", "Abdel Fattah al-Burhan")]
    public void SpellingsOfOneNameShareTheirSkeleton(string one, string other)
    {
        Assert.NotNull(NameSkeleton.Of(one));
        Assert.Equal(NameSkeleton.Of(one), NameSkeleton.Of(other));
    }

    [Theory]
    [InlineData("Hemedti")]
    [InlineData("Yoweri Museveni")]
    public void ASingleWordOrAShortNameHasNoSkeleton(string name)
    {
        Assert.Null(NameSkeleton.Of(name));
    }

    [Fact]
    public void DifferentNamesHaveDifferentSkeletons()
    {
        Assert.NotEqual(NameSkeleton.Of("Felix Tshisekedi"), NameSkeleton.Of("Felix Tshombe Kabila"));
    }

    [Fact]
    public void AnotherSpellingOfAListedPersonIsThatPerson()
    {
        var official = Assert.Single(OfficialsOf("Congolese President Félix Tshisekedy said the M23 had attacked Goma."));

        var names = official.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Append(official.GetProperty("name").GetString());
        Assert.Contains("Felix Tshisekedi", names);
        Assert.Contains("Félix Tshisekedy", names);
    }

    [Fact]
    public void TheListedSpellingAndAnotherAreOneOfficial()
    {
        var officials = OfficialsOf("RSF commander Mohamed Hamdan Daglo accused the army of war crimes. Hemedti said the RSF would fight on.");

        Assert.Single(officials);
    }

    [Fact]
    public void AnotherSpellingOfAListedProvinceWithItsTypeWordIsThatProvince()
    {
        var provinces = PlacesOf("Kenyan police said LRA raiders had crossed into Turkanaa county.");

        var province = Assert.Single(provinces);
        Assert.Equal("KE-43", province.GetProperty("iso").GetString());
    }

    [Theory]
    [InlineData("Police said LRA raiders had crossed into Turkanaa county.")]
    [InlineData("Kenyan police said LRA raiders had crossed into Turkanaa district.")]
    [InlineData("Kenyan police said LRA raiders had crossed into Turkanaa on Monday.")]
    public void WithoutItsCountryOrAProvincesTypeWordNoProvinceIsGuessed(string text)
    {
        Assert.Empty(PlacesOf(text));
    }

    private static List<JsonElement> PlacesOf(string text) => Section(text, "provinces");

    private static List<JsonElement> OfficialsOf(string text) => Section(text, "officials");

    private static List<JsonElement> Section(string text, string name) => [.. Extractors.Json(text).GetProperty(name).EnumerateArray()];
}

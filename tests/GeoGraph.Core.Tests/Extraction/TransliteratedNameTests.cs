using System.Text.Json;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A listed person named in a spelling the list does not hold is the listed person: the consonants of a full name
/// survive transliteration ("Daglo" and "Dagalo", "Mohamed" and "Mohammed"), a single word or a short name does not
/// count, and the article's spelling is kept as an alias.
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

    private static List<JsonElement> OfficialsOf(string text) => Section(text, "officials");

    private static List<JsonElement> Section(string text, string name) => [.. Extractors.Json(text).GetProperty(name).EnumerateArray()];
}

using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A demonym before a unit's noun places the unit ("the Congolese branch of the Islamic State"): the unit belongs to the
/// owner named after "of", not to the country, and the country is no member of the owner.
/// </summary>
public sealed class PlacedUnitTests
{
    [Theory]
    [InlineData("The UN said the ADF is the Congolese branch of the Islamic State.")]
    [InlineData("The UN said the ADF, the Congolese affiliate of the Islamic State, attacked Beni.")]
    public void TheUnitBelongsToTheOwner(string text)
    {
        var relations = RelationTexts.Asserted(text);

        Assert.Contains("Allied Democratic Forces PART_OF Islamic State", relations);
        Assert.DoesNotContain("Allied Democratic Forces PART_OF Democratic Republic of the Congo", relations);
        Assert.DoesNotContain("Democratic Republic of the Congo PART_OF Islamic State", relations);
    }
}

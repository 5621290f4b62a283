using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// What a plural subject believes is its hedged statement ("Western officials believe X"); a charge denied by two
/// ("a charge Kampala and Juba deny") is denied apart from the statement that makes it; and a subject no list names
/// ("State media accused X of …") charges and reports as a description.
/// </summary>
public sealed class BeliefAndDenialTests
{
    [Fact]
    public void WhatOfficialsBelieveIsTheirHedgedStatement()
    {
        var graph = Extractors.Extract("Kenyan officials believe Uganda has supplied the LRA with rifles.");

        var claim = Assert.Single(graph.Claims);
        Assert.Equal("Uganda has supplied the LRA with rifles", claim.Text);
        Assert.True(claim.Hedged);
        Assert.Contains("Uganda SUPPORTS Lord's Resistance Army", RelationTexts.Asserted("Kenyan officials believe Uganda has supplied the LRA with rifles."));
    }

    [Fact]
    public void ABeliefHeldOfSomeoneIsNoStatement()
    {
        Assert.Empty(Extractors.Extract("The LRA is believed to have about 200 fighters.").Claims);
    }

    [Fact]
    public void AChargeTwoDenyIsDeniedApartFromTheStatement()
    {
        var claims = ClaimTexts.All("Kenyan officials say Uganda has supplied the LRA with rifles, a charge Kampala and Juba deny.");

        Assert.Equal(2, claims.Count);
        Assert.Equal("Uganda has supplied the LRA with rifles", claims[0].Text);
        Assert.Equal("Uganda", claims[1].Speaker);
        Assert.Contains("Uganda SUPPORTS Lord's Resistance Army", RelationTexts.Asserted("Kenyan officials say Uganda has supplied the LRA with rifles, a charge Kampala and Juba deny."));
    }

    [Theory]
    [InlineData("State media accused the LRA of killing civilians.", "State media")]
    [InlineData("State television blamed the LRA for the killings.", "State television")]
    [InlineData("Local media reported that the LRA had killed civilians.", "Local media")]
    [InlineData("The regional government has accused the LRA of killing civilians.", "The regional government")]
    public void ASubjectNoListNamesStillChargesOrReports(string text, string speaker)
    {
        Assert.Equal(speaker, ClaimTexts.Only(text).Speaker);
    }
}

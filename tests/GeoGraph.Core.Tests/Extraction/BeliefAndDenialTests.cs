using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// What a plural subject believes is its hedged statement ("Western officials believe X"), and a charge denied by two
/// ("a charge Kampala and Juba deny") is denied apart from the statement that makes it.
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
}

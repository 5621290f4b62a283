using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// What a speaker names with "as" is a statement even when "and said that …" follows ("described it as a raid and said
/// that …", "identified the commander as X and said …"); a name or a toll given as something is one too; a relative
/// clause that names what the clause before it tells ("…, which Kenya denounced as a provocation") is its namer's
/// statement, and a condemnation there accuses whoever did it; a headline's naming without articles ("Kenya calls raid an
/// 'invasion'") is one too; and the noun "suspects" hedges nothing.
/// </summary>
public sealed class NamingStatementTests
{
    [Fact]
    public void WhatIsDescribedAsSomethingStaysAStatementBeforeAndSaidThat()
    {
        var claims = ClaimTexts.All("Kenyan army spokesman Paul Njuguna described it as a raid against terrorist groups and said that 20 suspects had been detained.");

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Paul Njuguna", c.Speaker));
        Assert.EndsWith("it as a raid against terrorist groups", claims[0].Text, StringComparison.Ordinal);
        Assert.Equal("20 suspects had been detained", claims[1].Text);
    }

    [Fact]
    public void WhoIsIdentifiedAsSomeoneIsAStatementApartFromWhatIsSaidAfter()
    {
        var claims = ClaimTexts.All("The Ugandan army identified the dead commander as John Okello and said its forces had acted in self-defence.");

        Assert.Equal(2, claims.Count);
        Assert.EndsWith("the dead commander as John Okello", claims[0].Text, StringComparison.Ordinal);
        Assert.Equal("its forces had acted in self-defence", claims[1].Text);
    }

    [Theory]
    [InlineData("The attackers were identified as members of the LRA.")]
    [InlineData("Kenya is regarded as a key ally of Uganda.")]
    public void NamingInThePassiveIsNoStatement(string text)
    {
        Assert.Empty(ClaimTexts.All(text));
    }

    [Theory]
    [InlineData("An Interior Ministry official gave the commander's name as John Okello.", "the commander's name as John Okello")]
    [InlineData("Kenyan interior minister Kipchumba Murkomen gave the official toll as 19 men and five women killed.", "the official toll as 19 men and five women killed")]
    public void ANameOrATollGivenAsSomethingIsAStatement(string text, string statement)
    {
        var (_, claim) = ClaimTexts.Only(text);

        Assert.EndsWith(statement, claim, StringComparison.Ordinal);
    }

    [Fact]
    public void GivingNoDetailsIsNoStatement()
    {
        Assert.Empty(ClaimTexts.All("Uganda gave no details as the fighting went on."));
    }

    [Fact]
    public void ARelativeClauseThatNamesTheActIsItsNamersStatement()
    {
        const string text = "The Ugandan embassy in Nairobi said the UPDF would conduct flight operations over the border, which Kenya denounced as a provocation.";

        var claims = ClaimTexts.All(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal("the UPDF would conduct flight operations over the border", claims[0].Text);
        Assert.Equal(("Kenya", "denounced as a provocation"), claims[1]);
        Assert.Contains("Kenya ACCUSES Uganda People's Defence Force", RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("The LRA raided two villages, which Kenya condemned as a war crime.", "Kenya ACCUSES Lord's Resistance Army")]
    public void ACondemnationInARelativeClauseAccusesWhoeverDidIt(string text, string relation)
    {
        Assert.Contains(relation, RelationTexts.Asserted(text));
    }

    [Fact]
    public void ADescriptionInARelativeClauseAccusesNoOne()
    {
        const string text = "Uganda sent troops to the border, which Kenya described as a show of force.";

        Assert.Contains(("Kenya", "described as a show of force"), ClaimTexts.All(text));
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("ACCUSES", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Police said 20 suspects had been detained.", false)]
    [InlineData("Police said the suspects would be charged with terrorism.", false)]
    [InlineData("Police said two lists of suspects had been passed to prosecutors.", false)]
    [InlineData("Police said they suspect the LRA carried out the raid.", true)]
    public void TheNounSuspectsHedgesNothing(string text, bool hedged)
    {
        var claim = Assert.Single(Extractors.Extract(text).Claims);

        Assert.Equal(hedged, claim.Hedged);
    }

    [Fact]
    public void AnAdjectiveCalledOnADayIsAStatement()
    {
        var (speaker, claim) = ClaimTexts.Only("Prime Minister Musalia Mudavadi called the attacks cowardly on Sunday.");

        Assert.Equal("Musalia Mudavadi", speaker);
        Assert.EndsWith("the attacks cowardly on Sunday", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void ANamingAfterADenialIsAStatementTheDenialDoesNotNegate()
    {
        var graph = Extractors.Extract("Uganda denied that its units had crossed the border and called the attack an act of aggression.");

        Assert.Equal(2, graph.Claims.Count);
        Assert.Equal("its units had crossed the border", graph.Claims[0].Text);
        Assert.True(graph.Claims[0].Negated);
        Assert.Equal("called the attack an act of aggression", graph.Claims[1].Text);
        Assert.False(graph.Claims[1].Negated);
    }

    [Fact]
    public void TwoNamingsJoinedByAndStayOneStatement()
    {
        var (_, claim) = ClaimTexts.Only("The Ugandan army described the LRA as a terrorist group and called the strikes defensive.");

        Assert.EndsWith("as a terrorist group and called the strikes defensive", claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("William Ruto launched Operation Linda, which he said would hunt down the attackers.", "would hunt down the attackers")]
    [InlineData("Kenyan interior minister Kipchumba Murkomen named the LRA, which he said had attacked two villages in Turkana.", "had attacked two villages in Turkana")]
    public void WhatIsSaidOfARelativesAntecedentIsAStatement(string text, string statement)
    {
        var (_, claim) = ClaimTexts.Only(text);

        Assert.Equal(statement, claim);
    }

    [Theory]
    [InlineData("Uganda considers the LRA an extension of al-Shabaab.", "Uganda")]
    [InlineData("Uganda considers the LRA to be a terrorist group.", "Uganda")]
    [InlineData("We consider this a dangerous escalation, Kenya's foreign ministry said.", "Kenya's foreign ministry")]
    public void WhatAnObjectIsConsideredIsAStatement(string text, string speaker)
    {
        Assert.Equal(speaker, ClaimTexts.Only(text).Speaker);
    }

    [Theory]
    [InlineData("Kenya considered Uganda's request for two weeks.")]
    [InlineData("The LRA is considered a terrorist group by Kenya.")]
    [InlineData("The victory was credited to Uganda.")]
    public void AConsiderationOrACreditWithNothingNamedIsNoStatement(string text)
    {
        Assert.Empty(ClaimTexts.All(text));
    }

    [Theory]
    [InlineData("The Kenyan army chief credited the Ugandan army with the capture of the town.", "the Ugandan army with the capture of the town")]
    [InlineData("The LRA gave a higher toll of 25.", "The LRA gave a higher toll of 25")]
    public void ACreditOrATollGivenIsAStatement(string text, string statement)
    {
        Assert.EndsWith(statement, ClaimTexts.Only(text).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsRejectedAsFalseAreADeniedStatement()
    {
        var claim = Assert.Single(Extractors.Extract("Uganda's information minister Chris Baryomunsi rejected reports of Ugandan preparations for war as false accusations.").Claims);

        Assert.EndsWith("reports of Ugandan preparations for war as false accusations", claim.Text, StringComparison.Ordinal);
        Assert.True(claim.Negated);
    }

    [Fact]
    public void WhomASpeakerNamesAsSomethingIsAStatement()
    {
        var (speaker, claim) = ClaimTexts.Only("Government spokesman Isaac Mwaura has named a little-known group, the Kenya Liberation Front, as behind the attacks.");

        Assert.Equal("Isaac Mwaura", speaker);
        Assert.EndsWith("as behind the attacks", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void APersonNamedIsNoNaming()
    {
        Assert.Empty(ClaimTexts.All("A man named John Kamau as his brother was arrested in Lodwar."));
    }

    [Theory]
    [InlineData("Government spokesman Isaac Mwaura has named a little-known group, the Kenya Liberation Front (KLF), as behind the attacks.", "Isaac Mwaura ACCUSES Kenya Liberation Front")]
    [InlineData("Government spokesman Isaac Mwaura named the LRA as behind the attacks.", "Isaac Mwaura ACCUSES Lord's Resistance Army")]
    public void WhomASpeakerNamesAsBehindAnAttackItAccuses(string text, string relation)
    {
        Assert.Contains(relation, RelationTexts.Asserted(text));
    }

    [Fact]
    public void AHeadlineNamingWithoutArticlesIsAStatement()
    {
        var claims = ClaimTexts.All("Kenya calls raid an 'invasion'\n\nNAIROBI - The LRA attacked a village near the border, police said.");

        Assert.Contains(claims, c => c.Text == "Kenya calls raid an 'invasion'" && c.Speaker == "Kenya");
    }

    [Fact]
    public void AnObjectWithoutAnArticleBeforeAPlainPhraseIsNoNaming()
    {
        Assert.Empty(ClaimTexts.All("Kenya called police an hour later."));
    }

    [Theory]
    [InlineData("The Kenyan Medical Association confirmed her death the next morning.", "her death the next morning")]
    [InlineData("The Ugandan army confirmed his arrest at the border on Monday.", "his arrest at the border on Monday")]
    public void ADeathOrArrestConfirmedIsAStatement(string text, string statement)
    {
        Assert.Equal(statement, ClaimTexts.Only(text).Text);
    }

    [Fact]
    public void AConfirmedMeetingIsNoStatement()
    {
        Assert.Empty(ClaimTexts.All("The Ugandan army confirmed the meeting on Monday."));
    }
}

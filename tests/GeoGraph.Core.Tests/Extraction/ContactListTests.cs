using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Calls and meetings told with a verb of speaking, a title before the partner, or a list of partners: "said Museveni
/// spoke with Ruto", "met President William Ruto", "spoke with X, with Y and with Z, his office said". Partners on
/// the list are objects: neither an apposition to the attribution nor the one "his office" speaks for.
/// </summary>
public sealed class ContactListTests
{
    [Theory]
    [InlineData("The ministry said Museveni spoke with Ruto on Monday.", "Yoweri Museveni IN_CONTACT_WITH William Ruto")]
    [InlineData("Museveni spoke by phone with Ruto, the ministry said.", "Yoweri Museveni IN_CONTACT_WITH William Ruto")]
    [InlineData("The ministry said Museveni met President William Ruto on Monday.", "Yoweri Museveni IN_CONTACT_WITH William Ruto")]
    [InlineData("Museveni met Ruto and President Paul Kagame, the ministry said.", "Yoweri Museveni IN_CONTACT_WITH Paul Kagame")]
    [InlineData("Museveni spoke with Kagame, with Ruto and with Blinken, his office said.", "Yoweri Museveni IN_CONTACT_WITH William Ruto")]
    [InlineData("Museveni spoke with Kagame, with Ruto and with Blinken, his office said.", "Yoweri Museveni IN_CONTACT_WITH Antony Blinken")]
    public void ThePartnersAreRead(string text, string expected)
    {
        Assert.Contains(expected, RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("Museveni spoke with Kagame, with Ruto and with Blinken, his office said.")]
    [InlineData("Museveni met Kagame, Ruto and Blinken, his office said.")]
    [InlineData("Museveni spoke by telephone with President Paul Kagame and with US Secretary of State Antony Blinken, his office said.")]
    public void TheOneWhoCalledSpeaks(string text)
    {
        Assert.Equal("Yoweri Museveni", ClaimTexts.Only(text).Speaker);
    }

    [Fact]
    public void ASideNamedWithHelpIsNoPartnerOfAnAttack()
    {
        Assert.DoesNotContain("Kenya ATTACKS Uganda", RelationTexts.Asserted("Kenya attacked the LRA, with Ugandan support, the army said."));
    }
}

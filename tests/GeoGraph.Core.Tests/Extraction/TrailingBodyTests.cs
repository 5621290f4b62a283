using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A body no list names that closes a statement (", the foreign office said", ", Kenya's foreign ministry said",
/// ", its leader said") is its speaker, and the statement ends before it; a subject the speaker did not name is not
/// the speaker's side; the charge inside an accusation ("accused Uganda of war crimes") accuses no one a second time, and
/// an act charged to someone ("civilians they accuse of collaborating with X") is theirs; the named examples of a
/// described object ("states such as X and Y") are its objects.
/// </summary>
public sealed class TrailingBodyTests
{
    [Theory]
    [InlineData("Kenya accused the LRA of sheltering rebels in Uganda, the foreign office said.")]
    [InlineData("Kenya accused the LRA of sheltering rebels in Uganda, the ministry said.")]
    [InlineData("Kenya accused the LRA of sheltering rebels in Uganda, Kenya's foreign ministry said.")]
    [InlineData("Kenya accused the LRA of sheltering rebels in Uganda, the army's media wing said.")]
    public void ABodyAfterTheStatementSpeaksItAndIsNoPartOfIt(string text)
    {
        var (speaker, claim) = ClaimTexts.Only(text);

        Assert.Equal("Kenya accused the LRA of sheltering rebels in Uganda", claim);
        Assert.NotEqual("Kenya", speaker);
    }

    [Theory]
    [InlineData("The LRA warned Uganda of a harsh response, its leader said.", "Lord's Resistance Army")]
    [InlineData("The LRA warned Uganda of a harsh response, a leader said.", "leader")]
    public void ALeaderAfterTheStatementSpeaksIt(string text, string expected)
    {
        var (speaker, claim) = ClaimTexts.Only(text);

        Assert.Equal("The LRA warned Uganda of a harsh response", claim);
        // "its leader" speaks for the body the statement opens with; "a leader" for no body named.
        Assert.Contains(expected, speaker);
    }

    [Theory]
    [InlineData("Kenya said the militia had fought alongside the LRA near Gulu.")]
    [InlineData("Kenya said the faction broke away from the LRA in 2004.")]
    [InlineData("Kenya said the faction would split from the LRA.")]
    public void AnUnnamedSubjectIsNotTheSpeakersSide(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.StartsWith("Kenya ", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSpeakerStillActsInANounStatement()
    {
        Assert.Contains("Kenya CUT_TIES_WITH Lord's Resistance Army", RelationTexts.Asserted("Kenya announced the severing of ties with the LRA."));
    }

    [Fact]
    public void TheChargeOfAnAccusationAccusesNoOneAgain()
    {
        var relations = RelationTexts.Asserted("Uganda accused Kenya of war crimes, the foreign ministry said.");

        Assert.Equal(["Uganda ACCUSES Kenya"], relations);
    }

    [Fact]
    public void AChargeWithNoAccusationStillAccuses()
    {
        Assert.Contains("Uganda ACCUSES Lord's Resistance Army", RelationTexts.Asserted("Uganda said the LRA had committed war crimes."));
    }

    [Theory]
    [InlineData("Kenya said the LRA has expanded its operations into border states such as Uganda and South Sudan.")]
    [InlineData("Kenya said the LRA is active in several countries, including Uganda and South Sudan.")]
    public void TheNamedExamplesOfADescribedObjectAreItsObjects(string text)
    {
        var relations = RelationTexts.Asserted(text);

        Assert.Contains("Lord's Resistance Army PRESENT_IN Uganda", relations);
        Assert.Contains("Lord's Resistance Army PRESENT_IN South Sudan", relations);
    }

    [Theory]
    [InlineData("The LRA attacked a town in Uganda. Kenya said the rebels have targeted civilians they accuse of collaborating with the army.")]
    [InlineData("The LRA attacked a town in Uganda. Kenya said the LRA has targeted civilians it accuses of collaborating with the army.")]
    public void AnActChargedToSomeoneUnnamedIsNoActOfTheAccuser(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.StartsWith("Lord's Resistance Army", StringComparison.Ordinal));
    }

    [Fact]
    public void AnActChargedToTheAntecedentOfARelativeIsItsAct()
    {
        Assert.Contains("Uganda SUPPORTS Lord's Resistance Army", RelationTexts.Asserted("Kenya said it would act against Uganda, which it accuses of arming the LRA."));
    }
}

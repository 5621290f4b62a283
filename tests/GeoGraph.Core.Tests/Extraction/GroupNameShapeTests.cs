using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Names of groups no list holds: an "Alliance" or a "Coalition" closes a group's name as a "Front" does, and an Arabic
/// head ("Jamaat", "Jaish", "Harakat", "Kataib") opens a group's name, never a person's, however its "al-" reads.
/// </summary>
public sealed class GroupNameShapeTests
{
    private static List<(string Text, string Entity, EntityKind Kind)> Mentions(string text) => Extractors.MentionList(text);

    [Theory]
    [InlineData("The Lakeland Democratic Alliance said it had taken the town.", "Lakeland Democratic Alliance")]
    [InlineData("The Northern Alliance for Justice said it had taken the town.", "Northern Alliance for Justice")]
    [InlineData("The Lakeland Unity Coalition said the vote was rigged.", "Lakeland Unity Coalition")]
    public void AnAllianceOrCoalitionClosesAGroupsName(string text, string name) =>
        Assert.Contains((name, name, EntityKind.Group), Mentions(text));

    [Theory]
    [InlineData("Jamaat Nasr al-Wadi claimed the attack on Monday.", "Jamaat Nasr al-Wadi")]
    [InlineData("Harakat Sawa'id Misr said it had planted the bomb.", "Harakat Sawa'id Misr")]
    [InlineData("Police blamed a new outfit, Jama'atul Ansar Fil Hindal Sharqiya.", "Jama'atul Ansar Fil Hindal Sharqiya")]
    public void AnArabicHeadOpensAGroupsName(string text, string name)
    {
        var graph = Extractors.Extract(text);

        var group = Assert.Single(graph.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Group, group.Kind);
        Assert.DoesNotContain(graph.Entities, e => e.Kind == EntityKind.Official);
    }

    [Fact]
    public void IslamicStateInACountryIsABranchButInAProvinceOnlyAPlace()
    {
        var graph = Extractors.Extract("Kenya said the Islamic State in Somalia had sent fighters. Kenya said the LRA fought beside the Islamic State in Mandera county.");

        Assert.Contains(graph.Entities, e => e.Name == "Islamic State in Somalia");
        Assert.DoesNotContain(graph.Entities, e => e.Name.StartsWith("Islamic State in M", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArmyDivisionIsNoBodyOfItsOwn() =>
        Assert.DoesNotContain(Mentions("The 4th Infantry Division said it had retaken the town."), m => m.Entity.Contains("Division", StringComparison.Ordinal));

    [Theory]
    [InlineData("Okello's Ugandan Party for Democracy and Progress said soldiers had arrested two ministers.", "Ugandan Party for Democracy and Progress")]
    [InlineData("The opposition Union for National Progress said soldiers had arrested two ministers.", "Union for National Progress")]
    [InlineData("The Rally for Culture and Democracy said soldiers had arrested two ministers.", "Rally for Culture and Democracy")]
    [InlineData("The Movement for Democracy in Africa said soldiers had arrested two ministers.", "Movement for Democracy in Africa")]
    public void APartyOrMovementNamedByWhatItStandsForIsAGroup(string text, string name)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal(EntityKind.Group, Assert.Single(graph.Entities, e => e.Name == name).Kind);
        Assert.Equal(name, Extractors.NameOf(graph, Assert.Single(graph.Claims).Speaker));
    }

    [Theory]
    [InlineData("The Union Minister said soldiers had arrested two ministers.")]
    [InlineData("The Congress said soldiers had arrested two ministers.")]
    public void AUnionOrCongressNamesABodyOnlyByWhatItStandsFor(string text) =>
        Assert.DoesNotContain(Extractors.Extract(text).Entities, e => e.Kind == EntityKind.Group);
}

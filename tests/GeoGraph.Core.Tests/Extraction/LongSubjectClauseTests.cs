using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A reported clause whose subject is a long noun phrase is still a clause when an adverb of time stands before its
/// plain verb ("small bands of LRA remnants still move between …"); a noun phrase with no verb is no statement.
/// </summary>
public sealed class LongSubjectClauseTests
{
    [Theory]
    [InlineData("Jane Wanjiku, spokesperson of the Eastern Command, said small bands of LRA remnants still move between Gulu and Kitgum by boat.",
        "small bands of LRA remnants still move between Gulu and Kitgum by boat")]
    [InlineData("The UN said several units of the LRA now operate from camps in Uganda.", "several units of the LRA now operate from camps in Uganda")]
    public void AnAdverbBeforeAPlainVerbMakesAClause(string text, string statement)
    {
        var claim = Assert.Single(Extractors.Extract(text).Claims);

        Assert.Equal(statement, claim.Text);
    }

    [Fact]
    public void AnAdverbBeforeAPrepositionMakesNoClause()
    {
        Assert.Empty(Extractors.Extract("The UN confirmed reports of fighters still in Gulu.").Claims);
    }
}

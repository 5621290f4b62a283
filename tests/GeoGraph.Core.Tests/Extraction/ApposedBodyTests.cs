using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Bodies named beside a description: "Haki Africa, a Kenyan rights group, said", "Securex, a Kenyan security company
/// …, said" (one word no list knows), and "…, the EU's naval mission, Operation Atalanta, said" after the statement.
/// </summary>
public sealed class ApposedBodyTests
{
    private static (string? Speaker, string Text) Only(string text) => ClaimTexts.Only(text);

    [Theory]
    [InlineData("Haki Africa, a Kenyan rights group, said five people were killed.", "Haki Africa", "five people were killed")]
    [InlineData("Five people were killed, according to Haki Africa, a Kenyan rights group.", "Haki Africa", "Five people were killed")]
    [InlineData("Securex, a Kenyan security company taking part in the search, said its team had rescued five people.", "Securex", "its team had rescued five people")]
    public void ADescribedBodyTheListsDoNotKnowSpeaks(string text, string speaker, string statement)
    {
        Assert.Equal((speaker, statement), Only(text));
    }

    [Theory]
    [InlineData("Yesterday, a security company said five people were rescued.")]
    [InlineData("Meanwhile, a rebel group said five people were killed.")]
    public void AnOpeningAdverbIsNoBodysName(string text)
    {
        Assert.DoesNotContain(Extractors.Extract(text).Entities, e => e is Organisation or Group);
    }

    [Theory]
    [InlineData("At least four people on board were killed, the European Union's naval mission in the region, Operation Atalanta, said on Wednesday.")]
    [InlineData("At least four people on board were killed, Operation Atalanta, the EU naval mission, said.")]
    public void ABodyNamedAndDescribedAfterTheStatementSpeaks(string text)
    {
        Assert.Equal(("Operation Atalanta", "At least four people on board were killed"), Only(text));
    }

    [Fact]
    public void TheNamedBodyWinsOverTheBodyItsDescriptionNames()
    {
        Assert.Equal(("MINUSCA", "The attack was repelled by the Blue Helmets together with the Central African forces"),
            Only("The attack was repelled by the Blue Helmets together with the Central African forces, the UN mission, MINUSCA, said in a statement."));
    }

    [Theory]
    [InlineData("Says the LRA attacked the base.")]
    [InlineData(", said the army.")]
    public void AVerbOfSayingThatOpensTheTextIsRead(string text)
    {
        var graph = Extractors.Extract(text);

        Assert.All(graph.Claims, c => Assert.False(string.IsNullOrWhiteSpace(c.Text)));
    }
}

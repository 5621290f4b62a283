namespace GeoGraph.Core.Tests.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Paktiyā", "paktiya")]
    [InlineData("al-Qa'eda", "al-qa-eda")]
    [InlineData("al-Qa’eda", "al-qa-eda")]
    [InlineData("Hay`at Tahrir al-Sham", "hay-at-tahrir-al-sham")]
    [InlineData("  M23 -- rebels!  ", "m23-rebels")]
    [InlineData("Łódź", "lodz")]
    [InlineData("!!", "")]
    [InlineData("", "")]
    public void FoldsAndHyphenates(string text, string expected)
    {
        Assert.Equal(expected, Slug.Of(text));
    }

    [Fact]
    public void SlugsANameLongerThanTheStackBuffer()
    {
        var name = string.Join(' ', Enumerable.Repeat("Ab", 200));

        Assert.Equal(string.Join('-', Enumerable.Repeat("ab", 200)), Slug.Of(name));
    }
}

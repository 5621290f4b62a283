using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class DatelineCreditTests
{
    [Theory]
    [InlineData("BAMAKO, Mali (Sahel Wire) — Gunmen attacked a base on Monday.", "Sahel Wire")]
    [InlineData("KYIV (AP) — Russian drones hit the city overnight.", "AP")]
    [InlineData("Kabul (Pajhwok): Two people were killed on Sunday.", "Pajhwok")]
    public void TheBracketedCreditOfADatelineIsFound(string text, string credit)
    {
        var tokens = Tokenizer.Tokenize(text);

        var span = DatelineCredit.Span(tokens);

        Assert.NotNull(span);
        Assert.Equal(credit, text[tokens[span.Value.Start].Start..tokens[span.Value.End - 1].End]);
    }

    [Theory]
    [InlineData("The Rapid Support Forces (RSF) said on Monday it had taken the town.")]
    [InlineData("KYIV — Russian drones hit the city overnight, officials said.")]
    [InlineData("Officials said the National Guard (NG) and police (Reuters) were deployed, then left — as planned.")]
    public void AnAcronymOrABracketThatEndsNoDatelineIsNoCredit(string text)
    {
        Assert.Null(DatelineCredit.Span(Tokenizer.Tokenize(text)));
    }
}

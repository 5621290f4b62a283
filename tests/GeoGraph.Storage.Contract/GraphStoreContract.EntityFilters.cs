using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private static readonly Dictionary<string, EntityQuery> EntityQueries = new()
    {
        ["tied to Testland"] = new(Country: "Testland"),
        ["tied to Testland by alias"] = new(Country: "Testlandic"),
        ["tied to Testland by id"] = new(Country: "country:testland"),
        ["provinces of Testland"] = new(EntityKind.Province, Country: "Testland"),
        ["tied to Atlantis"] = new(Country: "Atlantis"),
        ["of the Coalition"] = new(Organisation: "Coalition"),
        ["of the Interior Ministry"] = new(Organisation: "Interior Ministry"),
        ["mentioned three times"] = new(MinClaims: 3),
        ["groups mentioned twice"] = new(EntityKind.Group, MinClaims: 2),
        ["mentioned ten times"] = new(MinClaims: 10),
    };

    [Theory]
    [InlineData("tied to Testland", new[] { "Interior Ministry", "Lower Province", "Northern Front", "Upper Province" })]
    [InlineData("tied to Testland by alias", new[] { "Interior Ministry", "Lower Province", "Northern Front", "Upper Province" })]
    [InlineData("tied to Testland by id", new[] { "Interior Ministry", "Lower Province", "Northern Front", "Upper Province" })]
    [InlineData("provinces of Testland", new[] { "Lower Province", "Upper Province" })]
    [InlineData("tied to Atlantis", new string[0])]
    [InlineData("of the Coalition", new[] { "Amina Reyes" })]
    [InlineData("of the Interior Ministry", new string[0])]
    [InlineData("mentioned three times", new[] { "Coalition", "Northern Front", "Valley Movement" })]
    [InlineData("groups mentioned twice", new[] { "Harbour Brigade", "Northern Front", "Valley Movement" })]
    [InlineData("mentioned ten times", new string[0])]
    public async Task EntityFiltersMatchByCountryOrganisationAndMentions(string filter, string[] expected)
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.QueryEntitiesAsync(EntityQueries[filter], PageRequest.Default, Token);

        Assert.Equal(expected, page.Items.Select(e => e.Name));
        Assert.Equal(expected.Length, page.TotalCount);
    }

    [Theory]
    [InlineData(EntitySort.ClaimCount, new[] { "Northern Front", "Valley Movement", "Coalition", "Harbour Brigade", "Lower Province", "Amina Reyes", "Interior Ministry", "Upper Province", "Testland", "Valley Radio" })]
    [InlineData(EntitySort.Newest, new[] { "Harbour Brigade", "Lower Province", "Northern Front", "Valley Movement", "Coalition", "Interior Ministry", "Amina Reyes", "Upper Province", "Testland", "Valley Radio" })]
    [InlineData(EntitySort.Oldest, new[] { "Amina Reyes", "Coalition", "Northern Front", "Upper Province", "Valley Movement", "Harbour Brigade", "Interior Ministry", "Lower Province", "Testland", "Valley Radio" })]
    [InlineData(EntitySort.Name, new[] { "Amina Reyes", "Coalition", "Harbour Brigade", "Interior Ministry", "Lower Province", "Northern Front", "Testland", "Upper Province", "Valley Movement", "Valley Radio" })]
    public async Task EntitiesSortByMentionsAndRecencyWithNameAsTiebreak(EntitySort sort, string[] expected)
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.QueryEntitiesAsync(new EntityQuery(Sort: sort), PageRequest.Default, Token);

        Assert.Equal(expected, page.Items.Select(e => e.Name));
    }

    [Fact]
    public async Task ANegativeMinimumOfClaimsIsRejected()
    {
        var store = await StoreWithAllArticlesAsync();

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => store.QueryEntitiesAsync(new EntityQuery(MinClaims: -1), PageRequest.Default, Token));

        Assert.Equal("MIN_CLAIMS", error.Code);
    }
}

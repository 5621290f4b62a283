using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Theory]
    [InlineData("Northern Front")]
    [InlineData("northern front")]
    [InlineData("the Northern Front")]
    [InlineData("NF")]
    [InlineData("Nordern Front")]
    [InlineData("northern-front")]
    public async Task AnEntityIsFoundByAnyOfItsNamesIgnoringCaseAndDiacritics(string name)
    {
        var store = await StoreWithBothArticlesAsync();

        var found = await store.FindEntityByNameAsync(name, Token);

        Assert.NotNull(found);
        Assert.Equal("Northern Front", found.Name);
        Assert.Equal(EntityKind.Group, found.Kind);
    }

    [Fact]
    public async Task AnEntityIsFoundByItsId()
    {
        var store = await StoreWithBothArticlesAsync();

        var found = await store.FindEntityByNameAsync("group:northern-front", Token);

        Assert.Equal("Northern Front", found?.Name);
    }

    [Fact]
    public async Task AnUnknownNameFindsNothing()
    {
        var store = await StoreWithBothArticlesAsync();

        Assert.Null(await store.FindEntityByNameAsync("Southern Front", Token));
    }

    [Fact]
    public async Task EntitiesKeepTheirKindSpecificAttributes()
    {
        var store = await StoreWithBothArticlesAsync();
        var ids = new[] { "official:amina-reyes", "province:upper-province", "country:testland", "org:interior-ministry" }
            .Select(i => new EntityId(i)).ToList();

        var entities = (await store.GetEntitiesAsync(ids, Token)).ToDictionary(e => e.Id.Value);

        var official = Assert.IsType<Official>(entities["official:amina-reyes"]);
        Assert.Equal("spokeswoman", official.Role);
        Assert.Equal(new EntityId("org:coalition"), official.Organisation);
        var province = Assert.IsType<Province>(entities["province:upper-province"]);
        Assert.Equal("TL-UP", province.IsoCode);
        Assert.Equal(new EntityId("country:testland"), province.Country);
        Assert.Equal(["Uppa"], province.Aliases);
        Assert.Equal("TL", Assert.IsType<Country>(entities["country:testland"]).IsoCode);
        var ministry = Assert.IsType<Organisation>(entities["org:interior-ministry"]);
        Assert.Equal("ministry", ministry.Category);
        Assert.Equal(new EntityId("country:testland"), ministry.Country);
    }

    [Fact]
    public async Task ALaterArticleAddsAliasesAndFillsMissingAttributesWithoutOverwriting()
    {
        var store = await StoreWithBothArticlesAsync();
        var third = new GraphBuilder("Rebels of the Northern Army, also called the Front, moved south.", SampleArticles.SecondDate)
            .Group("Northern Front", "Northern Army")
            .Organisation("Coalition", ["Grand Coalition"], category: "military alliance")
            .Build();

        await store.ImportAsync(third, Token);

        var front = await store.FindEntityByNameAsync("Northern Army", Token);
        Assert.Equal("Northern Front", front?.Name);
        Assert.Contains("NF", front!.Aliases);
        var coalition = Assert.IsType<Organisation>(await store.FindEntityByNameAsync("Grand Coalition", Token));
        Assert.Equal("alliance", coalition.Category);
    }

    [Fact]
    public async Task EntitiesAreListedByKindAndSearchedByAnyPartOfAName()
    {
        var store = await StoreWithBothArticlesAsync();

        var groups = await store.QueryEntitiesAsync(new EntityQuery(EntityKind.Group), PageRequest.Default, Token);
        var provinces = await store.QueryEntitiesAsync(new EntityQuery(EntityKind.Province), PageRequest.Default, Token);
        var search = await store.QueryEntitiesAsync(new EntityQuery(Search: "front"), PageRequest.Default, Token);
        var byAlias = await store.QueryEntitiesAsync(new EntityQuery(Search: "upp"), PageRequest.Default, Token);

        Assert.Equal(["Harbour Brigade", "Northern Front", "Valley Movement"], groups.Items.Select(e => e.Name));
        Assert.Equal(3, groups.TotalCount);
        Assert.Equal(2, provinces.TotalCount);
        Assert.Equal(["Northern Front"], search.Items.Select(e => e.Name));
        Assert.Equal(["Upper Province"], byAlias.Items.Select(e => e.Name));
    }

    [Fact]
    public async Task PagingWalksEveryEntityOnceInOrder()
    {
        var store = await StoreWithBothArticlesAsync();
        var all = await store.QueryEntitiesAsync(new EntityQuery(), new PageRequest(PageRequest.MaxSize), Token);
        var walked = new List<string>();
        string? after = null;

        do
        {
            var page = await store.QueryEntitiesAsync(new EntityQuery(), new PageRequest(3, after), Token);
            walked.AddRange(page.Items.Select(e => e.Id.Value));
            after = page.HasNextPage ? page.CursorAt(page.Items.Count - 1) : null;
        }
        while (after is not null);

        Assert.Equal(all.Items.Select(e => e.Id.Value), walked);
        Assert.Equal(all.TotalCount, walked.Count);
    }
}

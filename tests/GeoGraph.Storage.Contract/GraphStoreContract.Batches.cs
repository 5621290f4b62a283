using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private static readonly EntityId[] SomeActors = [Ids.NorthernFront, Ids.ValleyMovement, Ids.HarbourBrigade, Ids.Coalition, Ids.AminaReyes, Ids.UpperProvince, Ids.Nobody];

    [Theory]
    [InlineData(EntityClaimRole.Speaker, new[] { 0, 2, 1, 3, 1, 0, 0 })]
    [InlineData(EntityClaimRole.SpeakerOrOfficials, new[] { 0, 2, 1, 4, 1, 0, 0 })]
    [InlineData(EntityClaimRole.About, new[] { 9, 7, 1, 0, 0, 0, 0 })]
    [InlineData(EntityClaimRole.Mentioned, new[] { 9, 7, 2, 3, 1, 1, 0 })]
    public async Task EachEntityGetsItsOwnClaimsInOneCall(EntityClaimRole role, int[] totals)
    {
        var store = await StoreWithAllArticlesAsync();

        var claims = await store.GetEntityClaimsAsync(SomeActors, role, new ClaimQuery(), PageRequest.Default, Token);

        Assert.Equal(totals, SomeActors.Select(a => claims[a].TotalCount));
        Assert.Equal(totals, SomeActors.Select(a => claims[a].Items.Count));
    }

    [Fact]
    public async Task EntityClaimsArePagedPerEntityInTheFiltersOrder()
    {
        var store = await StoreWithAllArticlesAsync();
        var coalition = new[] { "seeking an alliance", "courting", "We think" }.Select(w => SampleArticles.ClaimContaining(w).Id).ToList();

        var first = await store.GetEntityClaimsAsync([Ids.Coalition, Ids.ValleyMovement], EntityClaimRole.Speaker, new ClaimQuery(), new PageRequest(2), Token);
        var rest = await store.GetEntityClaimsAsync([Ids.Coalition], EntityClaimRole.Speaker, new ClaimQuery(), new PageRequest(2, first[Ids.Coalition].CursorAt(1)), Token);
        var oldest = await store.GetEntityClaimsAsync([Ids.Coalition], EntityClaimRole.Speaker, new ClaimQuery(Sort: ClaimSort.Oldest), new PageRequest(1), Token);

        Assert.Equal(coalition.Take(2), first[Ids.Coalition].Items.Select(c => c.Id));
        Assert.Equal(2, first[Ids.ValleyMovement].Items.Count);
        Assert.Equal(coalition.Skip(2), rest[Ids.Coalition].Items.Select(c => c.Id));
        Assert.Equal(3, rest[Ids.Coalition].TotalCount);
        Assert.Equal(coalition[1], Assert.Single(oldest[Ids.Coalition].Items).Id);
    }

    [Fact]
    public async Task EntityClaimsKeepToTheFilter()
    {
        var store = await StoreWithAllArticlesAsync();

        var claims = await store.GetEntityClaimsAsync([Ids.NorthernFront, Ids.HarbourBrigade], EntityClaimRole.Mentioned, new ClaimQuery(Since: April, Negated: false), PageRequest.Default, Token);

        Assert.Equal(4, claims[Ids.NorthernFront].TotalCount);
        Assert.Equal(1, claims[Ids.HarbourBrigade].TotalCount);
        Assert.All(claims[Ids.NorthernFront].Items, c => Assert.Empty(c.Denied!));
    }

    [Theory]
    [InlineData(RelationDirection.Any, new[] { 6, 4, 1, 0, 0, 1, 0 })]
    [InlineData(RelationDirection.Outgoing, new[] { 5, 1, 0, 0, 0, 0, 0 })]
    [InlineData(RelationDirection.Incoming, new[] { 1, 3, 1, 0, 0, 1, 0 })]
    public async Task EachEntityGetsItsOwnRelationsInOneCall(RelationDirection direction, int[] totals)
    {
        var store = await StoreWithAllArticlesAsync();

        var relations = await store.GetEntityRelationsAsync(SomeActors, direction, new RelationQuery(), PageRequest.Default, Token);

        Assert.Equal(totals, SomeActors.Select(a => relations[a].TotalCount));
        Assert.Equal(totals, SomeActors.Select(a => relations[a].Items.Count));
    }

    [Fact]
    public async Task AGroupsPlacesAreItsOutgoingPresence()
    {
        var store = await StoreWithAllArticlesAsync();

        var places = await store.GetEntityRelationsAsync([Ids.NorthernFront, Ids.ValleyMovement], RelationDirection.Outgoing,
            new RelationQuery(Types: [RelationType.PresentIn]), PageRequest.Default, Token);

        Assert.Equal(Ids.UpperProvince, Assert.Single(places[Ids.NorthernFront].Items).To);
        Assert.Empty(places[Ids.ValleyMovement].Items);
    }

    [Fact]
    public async Task EntityRelationsArePagedInTheFiltersOrderWithWindowedAggregates()
    {
        var store = await StoreWithAllArticlesAsync();

        var first = await store.GetEntityRelationsAsync([Ids.NorthernFront], RelationDirection.Any, new RelationQuery(), new PageRequest(1), Token);
        var since = await store.GetEntityRelationsAsync([Ids.NorthernFront], RelationDirection.Any, new RelationQuery(Since: April, Sort: RelationSort.FirstReported), PageRequest.Default, Token);

        Assert.Equal(RelationType.SeeksAllianceWith, Assert.Single(first[Ids.NorthernFront].Items).Type);
        Assert.Equal(6, first[Ids.NorthernFront].TotalCount);
        Assert.Equal(["ATTACKS", "SEEKS_ALLIANCE_WITH", "IN_CONTACT_WITH", "CUT_TIES_WITH"], since[Ids.NorthernFront].Items.Select(r => r.Type.Name()));
        Assert.All(since[Ids.NorthernFront].Items, r => Assert.Equal(1, r.ClaimCount));
    }

    [Fact]
    public async Task EachOrganisationGetsItsOfficialsInOneCall()
    {
        var store = await StoreWithAllArticlesAsync();

        var officials = await store.GetOfficialsAsync([Ids.Coalition, Ids.InteriorMinistry, Ids.Nobody], PageRequest.Default, Token);

        Assert.Equal("Amina Reyes", Assert.Single(officials[Ids.Coalition].Items).Name);
        Assert.Equal(1, officials[Ids.Coalition].TotalCount);
        Assert.Empty(officials[Ids.InteriorMinistry].Items);
        Assert.Equal(0, officials[Ids.Nobody].TotalCount);
    }

    [Fact]
    public async Task EachRelationGetsTheVoicesBehindItsEvidence()
    {
        var store = await StoreWithAllArticlesAsync();
        var courting = Ids.Key(Ids.NorthernFront, RelationType.SeeksAllianceWith, Ids.ValleyMovement);
        var funding = Ids.Key(Ids.NorthernFront, RelationType.Supports, Ids.ValleyMovement);
        var contact = Ids.Key(Ids.NorthernFront, RelationType.InContactWith, Ids.ValleyMovement);
        var none = Ids.Key(Ids.ValleyMovement, RelationType.Attacks, Ids.NorthernFront);

        var speakers = await store.GetRelationSpeakersAsync([courting, funding, contact, none], Token);

        Assert.Equal([new RelationSpeaker(Ids.Coalition, null, 2)], speakers[courting]);
        Assert.Equal([new RelationSpeaker(Ids.Coalition, "a Coalition official", 1)], speakers[funding]);
        Assert.Equal([new RelationSpeaker(null, "local elders", 1)], speakers[contact]);
        Assert.Empty(speakers[none]);
    }

    [Fact]
    public async Task VoicesAreCountedPerSpeakerAndDescriptionMostClaimsFirst()
    {
        var store = await NewStoreAsync(Token);
        var graph = new GraphBuilder("Alpha said the Front attacks the Brigade. Beta said the Front attacks the Brigade. Alpha said again the Front attacks the Brigade.", SampleArticles.FirstDate)
            .Group("Front").Group("Brigade").Organisation("Alpha").Organisation("Beta")
            .Claim("Alpha said the Front attacks the Brigade", speaker: "Alpha", relations: [("Front", RelationType.Attacks, "Brigade")])
            .Claim("Beta said the Front attacks the Brigade", speaker: "Beta", relations: [("Front", RelationType.Attacks, "Brigade")])
            .Claim("Alpha said again the Front attacks the Brigade", speaker: "Alpha", relations: [("Front", RelationType.Attacks, "Brigade")])
            .Build();
        await store.ImportAsync(graph, Token);
        var attack = Ids.Key(new EntityId("group:front"), RelationType.Attacks, new EntityId("group:brigade"));

        var speakers = await store.GetRelationSpeakersAsync([attack, attack], Token);

        Assert.Equal([new RelationSpeaker(new EntityId("org:alpha"), null, 2), new RelationSpeaker(new EntityId("org:beta"), null, 1)], speakers[attack]);
    }
}

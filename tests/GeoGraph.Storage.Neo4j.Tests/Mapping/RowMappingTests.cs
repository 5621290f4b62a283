using GeoGraph.Bolt.Values;
using GeoGraph.Core.Model;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Tests.Support;
using static GeoGraph.Storage.Neo4j.Tests.Support.Rows;

namespace GeoGraph.Storage.Neo4j.Tests.Mapping;

/// <summary>Rows as GeoGraph.Bolt decodes them (longs, object?[] lists, dictionaries, Bolt datetimes) become domain records.</summary>
public sealed class RowMappingTests
{
    [Fact]
    public void AnEntityKeepsItsKindAttributesAndTiesAndListsItsOtherNamesOrdinally()
    {
        var row = Of(
            ("id", "official:amina-reyes"), ("kind", "Official"), ("name", "Amina Reyes"), ("category", null), ("title", "Col."),
            ("role", "spokeswoman"), ("isoCode", null), ("organisation", "org:coalition"), ("partOf", null), ("country", null),
            ("names", List("Amina Reyes", "reyes", "A. Reyes")));

        var official = Assert.IsType<Official>(EntityRows.ToEntity(row));

        Assert.Equal(("Col.", "spokeswoman", new EntityId("org:coalition")), (official.Title, official.Role, official.Organisation));
        Assert.Equal(["A. Reyes", "reyes"], official.Aliases);
    }

    [Theory]
    [InlineData("Organisation", typeof(Organisation))]
    [InlineData("Group", typeof(Group))]
    [InlineData("Country", typeof(Country))]
    [InlineData("Province", typeof(Province))]
    public void EachKindBecomesItsRecord(string kind, Type type)
    {
        var row = CannedRows.Entity("x:y", "Y").ToDictionary(p => p.Key, p => p.Value);
        row["kind"] = kind;
        row["country"] = "country:z";

        Assert.IsType(type, EntityRows.ToEntity(row));
    }

    [Fact]
    public void AClaimListsItsRolesByPositionAndItsRelationsByKey()
    {
        var row = CannedRows.Claim(CannedRows.ClaimId).ToDictionary(p => p.Key, p => p.Value);
        row["about"] = List(List(1L, "group:second"), List(0L, "group:first"));
        row["relations"] = List(List("group:z", "ATTACKS", "group:a"), List("group:a", "SUPPORTS", "group:b"), List("group:a", "ATTACKS", "group:b"));
        row["denied"] = Nest(List("group:a", "IN_CONTACT_WITH", "group:b"));

        var claim = ClaimRows.ToClaim(row);

        Assert.Equal([new EntityId("group:first"), new EntityId("group:second")], claim.About);
        Assert.Equal(["group:a ATTACKS", "group:a SUPPORTS", "group:z ATTACKS"], claim.Relations.Select(r => $"{r.From} {r.Type.Name()}"));
        Assert.Equal(RelationType.InContactWith, Assert.Single(claim.Denied!).Type);
        Assert.Equal(new TextSpan(4, 19), claim.Span);
        Assert.Equal(ClaimForm.ReportedSpeech, claim.Form);
    }

    [Fact]
    public void AClaimWithoutDenialsHasAnEmptyList()
    {
        var claim = ClaimRows.ToClaim(CannedRows.Claim(CannedRows.ClaimId));

        Assert.NotNull(claim.Denied);
        Assert.Empty(claim.Denied);
    }

    [Fact]
    public void ABoltDateTimeWithAnOffsetIsReadAsTheSameInstantInUtc()
    {
        var row = Of(("at", new BoltDateTime(1_740_787_200, 0, 3600)));

        var time = row.Time("at");

        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), time);
        Assert.Equal(TimeSpan.Zero, time.Offset);
    }

    [Fact]
    public void ARelationMapBecomesARelationWithItsAggregates()
    {
        var relation = RelationRows.ToRelation(CannedRows.Relation());

        Assert.Equal(new Relation(new EntityId("group:a"), RelationType.Attacks, new EntityId("group:b"), 1, 0, CannedRows.March.ToDateTimeOffset(), CannedRows.March.ToDateTimeOffset()), relation);
    }

    [Fact]
    public void AnArticleWithoutPublicationReportsAtItsImport()
    {
        var article = ArticleRows.ToArticle(Of(
            ("id", CannedRows.ArticleId), ("body", "Body."), ("title", "T"), ("url", null), ("outlet", "Wire"), ("publishedAt", null), ("importedAt", CannedRows.March)));

        Assert.Null(article.PublishedAt);
        Assert.Equal(CannedRows.March.ToDateTimeOffset(), article.ReportedAt);
    }

    [Fact]
    public void AnUnknownRelationTypeInTheStoreIsAnError()
    {
        Assert.Throws<InvalidOperationException>(() => RowValues.ToAssertion(List("group:a", "LOVES", "group:b")));
    }

    [Fact]
    public void AMissingColumnSaysWhichAndWhatWasExpected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Of(("total", "x")).Int("total"));

        Assert.Contains("'total'", error.Message, StringComparison.Ordinal);
    }
}

using GeoGraph.Bolt.Values;
using GeoGraph.Storage.Neo4j.Cypher;
using static GeoGraph.Storage.Neo4j.Tests.Support.Rows;

namespace GeoGraph.Storage.Neo4j.Tests.Support;

/// <summary>One plausible answer per statement, shaped as Neo4j returns it, so every port method runs to its end.</summary>
internal static class CannedRows
{
    public const string ClaimId = "0123456789abcdef0123456789abcdef:4";
    public const string OtherClaimId = "0123456789abcdef0123456789abcdef:40";
    public const string ArticleId = "0123456789abcdef0123456789abcdef";

    public static readonly BoltDateTime March = new(1_740_787_200, 0, 0);

    public static RecordingSession Session() => new RecordingSession()
        .Answer(Queries.MergeArticle, Of(("created", true)))
        .Answer(Queries.SupersedeEarlierVersions, Of(("superseded", List(ArticleId)), ("keys", Nest(List("group:a", "ATTACKS", "group:b"))), ("retracted", 2L)))
        .Answer(Queries.FindMissingEntities, Of(("missing", List())))
        .Answer(Queries.ResolveEntities, Of(("slot", 0L), ("id", "group:a")))
        .Answer(Queries.GetEntities, Entity("group:a", "Alpha"), Entity("group:b", "Beta"))
        .Answer(Queries.QueryEntities, Of(("total", 2L), ("page", List("group:a", "group:b"))))
        .Answer(Queries.ListClaims, Of(("owner", "group:a"), ("total", 1L), ("page", List(ClaimId))))
        .Answer(Queries.GetClaims, Claim(ClaimId), Claim(OtherClaimId))
        .Answer(Queries.ListRelations, Of(("owner", "group:a"), ("total", 1L), ("page", List(Relation()))))
        .Answer(Queries.GetRelations, Relation())
        .Answer(Queries.GetEvidence, Of(("fromId", "group:a"), ("type", "ATTACKS"), ("toId", "group:b"), ("claims", List(ClaimId))))
        .Answer(Queries.GetRelationSpeakers, Of(("fromId", "group:a"), ("type", "ATTACKS"), ("toId", "group:b"), ("speaker", null), ("description", "elders"), ("claims", 1L)))
        .Answer(Queries.GetOfficials, Of(("owner", "org:o"), ("total", 0L), ("page", List())))
        .Answer(Queries.GetPaths, Of(("nodes", List("group:a", "group:b")), ("steps", List(Relation()))))
        .Answer(Queries.QueryArticles, Of(("total", 1L), ("page", List(ArticleId))))
        .Answer(Queries.GetArticles, Of(("id", ArticleId), ("body", "Body."), ("title", null), ("url", null), ("outlet", null), ("publishedAt", null), ("importedAt", March)))
        .Answer(Queries.GetStats, Of(("articles", 1L), ("claims", 2L), ("entities", 2L), ("relations", 1L)))
        .Answer(Queries.SearchEntities, Of(("total", 1L), ("top", List(Of(("id", "group:a"), ("score", 2.5), ("exact", true))))))
        .Answer(Queries.SearchClaims, Of(("total", 1L), ("top", List(Of(("id", ClaimId), ("score", 1.5), ("text", "Alpha attacked Beta"))))))
        .Answer(Queries.GetContradictions, Of(("total", 1L), ("page", List(Of(
            ("kind", "Denial"), ("asserting", ClaimId), ("asserted", List("group:a", "ATTACKS", "group:b")),
            ("opposing", OtherClaimId), ("opposed", List("group:a", "ATTACKS", "group:b")))))))
        .Answer(Queries.TimelineMentions, Of(("day", new BoltDate(20148)), ("claims", 2L)))
        .Answer(Queries.TimelineRelations, Of(("day", new BoltDate(20148)), ("type", "ATTACKS"), ("claims", 1L)))
        .Answer(Queries.QueryAuditLog, Of(("total", 1L), ("page", List(Of(
            ("id", 7L), ("at", March), ("actor", "ana"), ("action", "AddAlias"), ("target", "group:a"), ("subject", "Al"), ("reason", null), ("details", "{}"))))))
        .Answer(Queries.LockName, Of(("owners", List())))
        .Answer(Queries.RetractClaim, Of(("wasRetracted", false), ("keys", Nest(List("group:a", "ATTACKS", "group:b")))))
        .Answer(Queries.MergeInventory, Of(
            ("spokenClaims", 1L), ("reportedClaims", 0L), ("claimRoles", 2L), ("assertions", 1L), ("denials", 0L),
            ("keys", Nest(List("group:a", "ATTACKS", "group:b")))))
        .Answer(Queries.MoveNames, Of(("added", 1L)))
        .Answer(Queries.MoveAffiliations, Of(("affiliations", 0L)))
        .Answer(Queries.AppendAudit, Of(("id", 1L)));

    public static Row Entity(string id, string name) => Of(
        ("id", id), ("kind", "Group"), ("name", name), ("category", null), ("title", null), ("role", null), ("isoCode", null),
        ("organisation", null), ("partOf", null), ("country", null), ("names", List(name)));

    public static Row Claim(string id) => Of(
        ("id", id), ("article", ArticleId), ("text", "Alpha attacked Beta"), ("start", 4L), ("length", 19L), ("form", "ReportedSpeech"),
        ("speakerDescription", null), ("hedged", false), ("negated", false), ("reportedAt", March), ("retracted", false),
        ("speaker", "group:a"), ("reportedBy", null), ("about", Nest(List(0L, "group:b"))), ("places", List()),
        ("relations", Nest(List("group:a", "ATTACKS", "group:b"))), ("denied", List()));

    public static Row Relation() => Of(
        ("fromId", "group:a"), ("type", "ATTACKS"), ("toId", "group:b"), ("claims", 1L), ("hedged", 0L), ("first", March), ("last", March));
}

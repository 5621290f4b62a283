namespace GeoGraph.Storage.Neo4j.Cypher;

/// <summary>Every statement the store runs, one per resource file under <c>Cypher/</c>.</summary>
internal static class Queries
{
    public static CypherQuery CreateAssertions { get; } = Load("Import/CreateAssertions");

    public static CypherQuery CreateClaims { get; } = Load("Import/CreateClaims");

    public static CypherQuery FindMissingEntities { get; } = Load("Import/FindMissingEntities");

    public static CypherQuery LinkAffiliations { get; } = Load("Import/LinkAffiliations");

    public static CypherQuery LinkClaims { get; } = Load("Import/LinkClaims");

    public static CypherQuery MergeArticle { get; } = Load("Import/MergeArticle");

    public static CypherQuery MergeEntities { get; } = Load("Import/MergeEntities");

    public static CypherQuery SupersedeEarlierVersions { get; } = Load("Import/SupersedeEarlierVersions");

    public static CypherQuery RecomputeRelations { get; } = Load("Derived/RecomputeRelations");

    public static CypherQuery RefreshSearchNames { get; } = Load("Derived/RefreshSearchNames");

    public static CypherQuery GetArticles { get; } = Load("Read/GetArticles");

    public static CypherQuery GetClaims { get; } = Load("Read/GetClaims");

    public static CypherQuery GetContradictions { get; } = Load("Read/GetContradictions");

    public static CypherQuery GetEntities { get; } = Load("Read/GetEntities");

    public static CypherQuery GetEvidence { get; } = Load("Read/GetEvidence");

    public static CypherQuery GetOfficials { get; } = Load("Read/GetOfficials");

    public static CypherQuery GetArticleClaims { get; } = Load("Read/GetArticleClaims");

    public static CypherQuery GetPaths { get; } = Load("Read/GetPaths");

    public static CypherQuery GetRelationSpeakers { get; } = Load("Read/GetRelationSpeakers");

    public static CypherQuery GetRelations { get; } = Load("Read/GetRelations");

    public static CypherQuery GetStats { get; } = Load("Read/GetStats");

    public static CypherQuery ListClaims { get; } = Load("Read/ListClaims");

    public static CypherQuery ListRelations { get; } = Load("Read/ListRelations");

    public static CypherQuery QueryArticles { get; } = Load("Read/QueryArticles");

    public static CypherQuery QueryAuditLog { get; } = Load("Read/QueryAuditLog");

    public static CypherQuery QueryEntities { get; } = Load("Read/QueryEntities");

    public static CypherQuery ResolveEntities { get; } = Load("Read/ResolveEntities");

    public static CypherQuery SearchClaims { get; } = Load("Read/SearchClaims");

    public static CypherQuery SearchEntities { get; } = Load("Read/SearchEntities");

    public static CypherQuery TimelineMentions { get; } = Load("Read/TimelineMentions");

    public static CypherQuery TimelineRelations { get; } = Load("Read/TimelineRelations");

    public static CypherQuery TimelineAllClaims { get; } = Load("Read/TimelineAllClaims");

    public static CypherQuery TimelineAllRelations { get; } = Load("Read/TimelineAllRelations");

    public static CypherQuery AddAlias { get; } = Load("Curation/AddAlias");

    public static CypherQuery AppendAudit { get; } = Load("Curation/AppendAudit");

    public static CypherQuery DeleteEntity { get; } = Load("Curation/DeleteEntity");

    public static CypherQuery LockName { get; } = Load("Curation/LockName");

    public static CypherQuery MergeInventory { get; } = Load("Curation/MergeInventory");

    public static CypherQuery MoveAffiliations { get; } = Load("Curation/MoveAffiliations");

    public static CypherQuery MoveAssertions { get; } = Load("Curation/MoveAssertions");

    public static CypherQuery MoveClaimLinks { get; } = Load("Curation/MoveClaimLinks");

    public static CypherQuery MoveNames { get; } = Load("Curation/MoveNames");

    public static CypherQuery RetractClaim { get; } = Load("Curation/RetractClaim");

    public static CypherQuery AwaitIndexes { get; } = Load("Schema/AwaitIndexes");

    /// <summary>All of the above, to check that each is used and well formed.</summary>
    public static IReadOnlyList<CypherQuery> All { get; } =
    [
        CreateAssertions, CreateClaims, FindMissingEntities, LinkAffiliations, LinkClaims, MergeArticle,
        MergeEntities, SupersedeEarlierVersions,
        RecomputeRelations, RefreshSearchNames,
        GetArticles, GetClaims, GetContradictions, GetEntities, GetEvidence, GetOfficials, GetArticleClaims,
        GetPaths, GetRelationSpeakers, GetRelations, GetStats, ListClaims, ListRelations,
        QueryArticles, QueryAuditLog, QueryEntities, ResolveEntities, SearchClaims, SearchEntities,
        TimelineMentions, TimelineRelations, TimelineAllClaims, TimelineAllRelations,
        AddAlias, AppendAudit, DeleteEntity, LockName, MergeInventory, MoveAffiliations,
        MoveAssertions, MoveClaimLinks, MoveNames, RetractClaim,
        AwaitIndexes,
    ];

    private static CypherQuery Load(string name) => new(name, CypherResources.Read($"Cypher/{name}.cypher"));
}

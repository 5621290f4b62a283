namespace GeoGraph.Core.Model;

/// <summary>What a node id (GraphQL <c>node(id)</c>) points at.</summary>
public enum NodeKind
{
    /// <summary>An entity: <c>group:al-qaeda</c>.</summary>
    Entity,

    /// <summary>A claim: <c>{articleId}:{start}</c>.</summary>
    Claim,

    /// <summary>An article: 32 lower-case hex characters.</summary>
    Article,
}

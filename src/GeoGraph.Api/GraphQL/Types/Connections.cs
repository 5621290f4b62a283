using GeoGraph.Core.Model;

namespace GeoGraph.Api.GraphQL.Types;

// The concrete connection and edge types: one line each, named for the node they page.

public sealed class EntityConnectionGraphType() : ConnectionGraphType<EntityInterface, EntityEdgeGraphType, Entity>("Entity");

public sealed class EntityEdgeGraphType() : EdgeGraphType<EntityInterface, Entity>("Entity");

public sealed class ClaimConnectionGraphType() : ConnectionGraphType<ClaimGraphType, ClaimEdgeGraphType, Claim>("Claim");

public sealed class ClaimEdgeGraphType() : EdgeGraphType<ClaimGraphType, Claim>("Claim");

public sealed class RelationConnectionGraphType() : ConnectionGraphType<RelationGraphType, RelationEdgeGraphType, Relation>("Relation");

public sealed class RelationEdgeGraphType() : EdgeGraphType<RelationGraphType, Relation>("Relation");

public sealed class ArticleConnectionGraphType() : ConnectionGraphType<ArticleGraphType, ArticleEdgeGraphType, Article>("Article");

public sealed class ArticleEdgeGraphType() : EdgeGraphType<ArticleGraphType, Article>("Article");

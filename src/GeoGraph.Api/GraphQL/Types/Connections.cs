using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

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

public sealed class SearchHitConnectionGraphType() : ConnectionGraphType<SearchHitGraphType, SearchHitEdgeGraphType, SearchHit>("SearchHit");

public sealed class SearchHitEdgeGraphType() : EdgeGraphType<SearchHitGraphType, SearchHit>("SearchHit");

public sealed class ContradictionConnectionGraphType() : ConnectionGraphType<ContradictionGraphType, ContradictionEdgeGraphType, Contradiction>("Contradiction");

public sealed class ContradictionEdgeGraphType() : EdgeGraphType<ContradictionGraphType, Contradiction>("Contradiction");

public sealed class AuditEntryConnectionGraphType() : ConnectionGraphType<AuditEntryGraphType, AuditEntryEdgeGraphType, AuditEntry>("AuditEntry");

public sealed class AuditEntryEdgeGraphType() : EdgeGraphType<AuditEntryGraphType, AuditEntry>("AuditEntry");

public sealed class OfficialConnectionGraphType() : ConnectionGraphType<OfficialGraphType, OfficialEdgeGraphType, Official>("Official");

public sealed class OfficialEdgeGraphType() : EdgeGraphType<OfficialGraphType, Official>("Official");

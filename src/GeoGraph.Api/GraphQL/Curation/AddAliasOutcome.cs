using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.GraphQL.Curation;

/// <summary>The outcome of addAlias, with the entity it was asked for.</summary>
public sealed record AddAliasOutcome(EntityId Entity, AliasResult Result);

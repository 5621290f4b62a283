using GeoGraph.Core.Model;

namespace GeoGraph.Api.Subscriptions;

/// <summary>A newly stored claim together with the entities of its article, so filters can match names without a query.</summary>
public sealed record ClaimAddedEvent(Claim Claim, IReadOnlyDictionary<EntityId, Entity> Entities);

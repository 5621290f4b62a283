namespace GeoGraph.Core.Storage;

/// <summary>One bucket of an entity's timeline.</summary>
/// <param name="Start">The bucket's first day (UTC): the day, the Monday of the ISO week, or the first of the month.</param>
/// <param name="Mentions">Live claims reported in the bucket that mention the entity (<see cref="EntityClaimRole.Mentioned"/>).</param>
/// <param name="Relations">Per relation type, the live claims reported in the bucket asserting a relation of that type with the entity at either end; types with none are left out, the rest come in vocabulary order.</param>
public sealed record TimelineBucket(DateOnly Start, int Mentions, IReadOnlyList<TimelineCount> Relations);

namespace GeoGraph.Core.Storage;

public partial interface IGraphStore
{
    /// <summary>
    /// The shortest paths between two entities: every returned path has the fewest relations any path within
    /// <see cref="PathQuery.MaxHops"/> has, and no path returned is longer. Paths are ordered step by step: at the
    /// first step where two differ, the one whose relation has more claims comes first, then the one whose
    /// relation key (from id, type name, to id) is ordinally smaller. At most <see cref="PathQuery.MaxPaths"/>.
    /// Empty when the two are not linked within the bound, either is unknown, or they are the same entity.
    /// </summary>
    Task<IReadOnlyList<RelationPath>> GetPathsAsync(PathQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The entity's timeline: one bucket per period in which some live claim mentions it, oldest first.
    /// Empty for an unknown entity.
    /// </summary>
    Task<IReadOnlyList<TimelineBucket>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken);
}

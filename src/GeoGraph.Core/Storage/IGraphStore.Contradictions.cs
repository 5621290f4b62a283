using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

public partial interface IGraphStore
{
    /// <summary>
    /// Pairs of live claims that contradict each other (see <see cref="Contradiction"/>), limited to those
    /// whose asserted relation has <paramref name="entity"/> at either end when given. Ordered by the later
    /// report of the two claims, newest first, then asserting claim id, opposing claim id, asserted and
    /// opposed relation keys, all ordinal.
    /// </summary>
    Task<Page<Contradiction>> GetContradictionsAsync(EntityId? entity, PageRequest page, CancellationToken cancellationToken);
}

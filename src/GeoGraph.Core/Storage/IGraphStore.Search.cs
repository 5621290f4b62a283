namespace GeoGraph.Core.Storage;

public partial interface IGraphStore
{
    /// <summary>
    /// Ranked hits over entity names and aliases and live claim text (order: <see cref="SearchHit"/>).
    /// Text without letters or digits finds nothing. The total counts every hit.
    /// </summary>
    Task<Page<SearchHit>> SearchAsync(SearchQuery query, PageRequest page, CancellationToken cancellationToken);
}

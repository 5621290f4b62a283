using GeoGraph.Core.Importing;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.GraphQL.Preview;

/// <summary>What an import would store, computed without storing it; names are resolved within the article.</summary>
public sealed record ExtractionPreview(ArticleGraph? Graph, ImportError? Error)
{
    private readonly Dictionary<EntityId, Entity> _entities = Graph?.Entities.ToDictionary(e => e.Id) ?? [];

    public string? NameOf(EntityId? id) => id is { } value && _entities.TryGetValue(value, out var entity) ? entity.Name : null;
}

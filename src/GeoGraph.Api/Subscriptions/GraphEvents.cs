using GeoGraph.Core.Importing;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.Subscriptions;

/// <summary>
/// The events subscriptions listen to, published by this process's imports. A cluster of GeoGraph
/// instances would need a shared bus; each instance tells its own subscribers about its own imports.
/// </summary>
public sealed class GraphEvents : IImportObserver
{
    public EventFeed<Article> ArticleImported { get; } = new();

    public EventFeed<ClaimAddedEvent> ClaimAdded { get; } = new();

    public void OnImported(ArticleGraph graph, ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArticleImported.Publish(graph.Article);
        if (ClaimAdded.SubscriberCount == 0)
            return;
        var entities = graph.Entities.ToDictionary(e => e.Id);
        foreach (var claim in graph.Claims)
            ClaimAdded.Publish(new ClaimAddedEvent(claim, entities));
    }
}

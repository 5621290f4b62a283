using System.Diagnostics.Metrics;
using GeoGraph.Api.GraphQL;
using GeoGraph.Api.Observability;
using GeoGraph.Api.Subscriptions;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Extraction;
using GeoGraph.Core.Importing;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeoGraph.Api.Hosting;

/// <summary>Everything the service and the CLI verbs share: the store, the extractor, the importer and the schema.</summary>
public static class GeoGraphServices
{
    public static IServiceCollection AddGeoGraph(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.Provider ?? "Sqlite";
        switch (provider.ToUpperInvariant())
        {
            case "SQLITE":
                services.AddGeoGraphSqlite();
                break;
            case "NEO4J":
                services.AddGeoGraphNeo4j();
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{provider}' is not known; use Sqlite or Neo4j.");
        }

        DecorateStore(services);

        // The gazetteers are loaded once per process, on first use.
        services.AddSingleton(_ => Gazetteer.Load(Gazetteer.DefaultDirectory));
        // The rule-based extractor unless the host registered another (a model-based one behind the same port).
        services.TryAddSingleton<IArticleExtractor, RuleBasedExtractor>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GraphEvents>();
        services.AddSingleton<IImportObserver>(sp => sp.GetRequiredService<GraphEvents>());
        services.AddSingleton<ArticleImporter>();
        services.AddSingleton<SeedImporter>();
        services.AddGeoGraphGraphQL();
        return services;
    }

    /// <summary>Every store call is traced and counted, whichever store the provider registered.</summary>
    private static void DecorateStore(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IGraphStore));
        var factory = registered.ImplementationFactory
            ?? throw new InvalidOperationException("The store provider must register IGraphStore with a factory.");
        services.Remove(registered);
        services.AddSingleton(sp => InstrumentedGraphStore.Wrap((IGraphStore)factory(sp), sp.GetRequiredService<IMeterFactory>()));
    }
}

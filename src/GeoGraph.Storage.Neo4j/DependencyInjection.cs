using GeoGraph.Bolt;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeoGraph.Storage.Neo4j;

/// <summary>Registers the Neo4j store.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Adds the Neo4j store as the <see cref="IGraphStore"/> (registered with a factory) and its schema as an
    /// <see cref="IStoreInitialiser"/>, configured from section <c>Neo4j</c> and validated at start. One
    /// <see cref="BoltDriver"/> (its connection pool) serves the process and closes with the container.
    /// </summary>
    public static IServiceCollection AddGeoGraphNeo4j(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>()
            .BindConfiguration(Neo4jOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        // Stamps curation audit entries; a host or test may register its own clock first.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => BoltDriver.Create(sp.GetRequiredService<IOptions<Neo4jOptions>>().Value.ToDriverOptions()));
        services.AddSingleton<ICypherSession>(sp => new BoltCypherSession(
            sp.GetRequiredService<BoltDriver>(), sp.GetRequiredService<IOptions<Neo4jOptions>>().Value.TransactionConfig()));
        services.AddSingleton(sp => new Neo4jGraphStore(
            sp.GetRequiredService<ICypherSession>(), sp.GetRequiredService<ILogger<Neo4jGraphStore>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IStoreInitialiser>(sp => new Neo4jSchema(
            sp.GetRequiredService<ICypherSession>(), sp.GetRequiredService<IOptions<Neo4jOptions>>().Value.IndexWaitTimeout, sp.GetRequiredService<ILogger<Neo4jSchema>>()));
        return services;
    }
}

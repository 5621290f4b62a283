using GeoGraph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeoGraph.Storage.Sqlite;

/// <summary>Registers the embedded SQLite store.</summary>
public static class DependencyInjection
{
    /// <summary>Adds the SQLite store as the <see cref="IGraphStore"/>, configured from <c>Storage:Sqlite</c>.</summary>
    public static IServiceCollection AddGeoGraphSqlite(this IServiceCollection services)
    {
        services.AddOptions<SqliteStoreOptions>()
            .BindConfiguration(SqliteStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SqliteConnectionFactory>();
        // Stamps curation audit entries; a host or test may register its own clock first.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IStoreInitialiser>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}

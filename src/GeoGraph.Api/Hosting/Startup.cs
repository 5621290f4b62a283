using GeoGraph.Core.Storage;

namespace GeoGraph.Api.Hosting;

/// <summary>Work done once before the service answers: schema migrations, then seeding an empty store.</summary>
public static class Startup
{
    public static async Task PrepareStoreAsync(this IServiceProvider services, bool seed, CancellationToken cancellationToken)
    {
        foreach (var initialiser in services.GetServices<IStoreInitialiser>())
            await initialiser.InitialiseAsync(cancellationToken).ConfigureAwait(false);
        if (seed)
            await services.GetRequiredService<SeedImporter>().SeedIfEmptyAsync(SeedImporter.DefaultFolder, cancellationToken).ConfigureAwait(false);
    }
}

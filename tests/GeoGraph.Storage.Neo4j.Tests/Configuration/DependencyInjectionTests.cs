using GeoGraph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeoGraph.Storage.Neo4j.Tests.Configuration;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void TheStoreIsRegisteredWithAFactorySoTheHostCanWrapIt()
    {
        var services = new ServiceCollection().AddGeoGraphNeo4j();

        var store = Assert.Single(services, d => d.ServiceType == typeof(IGraphStore));

        Assert.NotNull(store.ImplementationFactory);
        Assert.Equal(ServiceLifetime.Singleton, store.Lifetime);
    }

    [Fact]
    public void TheSchemaIsRegisteredAsTheStoreInitialiser()
    {
        var services = new ServiceCollection().AddGeoGraphNeo4j();

        Assert.NotNull(Assert.Single(services, d => d.ServiceType == typeof(IStoreInitialiser)).ImplementationFactory);
    }

    [Fact]
    public void TheOptionsAreValidatedAtStart()
    {
        var services = new ServiceCollection().AddGeoGraphNeo4j();

        Assert.Contains(services, d => d.ServiceType == typeof(IValidateOptions<Neo4jOptions>) && d.ImplementationType == typeof(Neo4jOptionsValidator));
        Assert.Contains(services, d => d.ServiceType.Name.StartsWith("IStartupValidator", StringComparison.Ordinal) || d.ImplementationType?.Name.Contains("StartupValidator", StringComparison.Ordinal) == true);
    }
}

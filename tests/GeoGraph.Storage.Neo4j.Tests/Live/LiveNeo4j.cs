using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using GeoGraph.Bolt;

namespace GeoGraph.Storage.Neo4j.Tests.Live;

/// <summary>
/// A real Neo4j for the contract suite: the server <c>NEO4J_URI</c> names (with <c>NEO4J_USER</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>), else a <c>neo4j:5</c> container started through
/// Testcontainers when a Docker engine answers, else none, with the reason.
/// </summary>
public sealed class LiveNeo4j : IAsyncLifetime
{
    private const int BoltPort = 7687;

    private IContainer? _container;

    /// <summary>The server's settings, or null when there is no server to test against.</summary>
    public Neo4jOptions? Options { get; private set; }

    /// <summary>Why there is no server, when there is none.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>A driver on the server, when there is one.</summary>
    public BoltDriver? Driver { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Options = FromEnvironment() ?? await StartContainerAsync();
        if (Options is not null)
            Driver = BoltDriver.Create(Options.ToDriverOptions());
    }

    public async ValueTask DisposeAsync()
    {
        if (Driver is not null)
            await Driver.DisposeAsync();
        if (_container is not null)
            await _container.DisposeAsync();
    }

    private static Neo4jOptions? FromEnvironment()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
            return null;
        return new Neo4jOptions
        {
            Uri = uri,
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE"),
        };
    }

    private async Task<Neo4jOptions?> StartContainerAsync()
    {
        if (!DockerMayAnswer())
        {
            Unavailable = "NEO4J_URI is not set and no Docker engine was found (no DOCKER_HOST, no /var/run/docker.sock).";
            return null;
        }

        var password = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        try
        {
            _container = new ContainerBuilder("neo4j:5")
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{password}")
                .WithPortBinding(BoltPort, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilMessageIsLogged("Started."))
                .Build();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await _container.StartAsync(timeout.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Unavailable = $"NEO4J_URI is not set and a neo4j:5 container could not be started: {e.GetType().Name}: {e.Message}";
            return null;
        }

        return new Neo4jOptions
        {
            Uri = $"bolt://{_container.Hostname}:{_container.GetMappedPublicPort(BoltPort)}",
            User = "neo4j",
            Password = password,
        };
    }

    private static bool DockerMayAnswer() =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock") || OperatingSystem.IsWindows();
}

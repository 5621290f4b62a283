using System.Text.Json;
using System.Text.RegularExpressions;
using GeoGraph.Storage.Neo4j.Tests.Support;

namespace GeoGraph.Storage.Neo4j.Tests.Deployment;

/// <summary>
/// docker-compose.yml and the Dockerfile it builds, checked without Docker: the Compose file parses as
/// YAML and wires GeoGraph to Neo4j with one password variable and no committed secret.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static JsonElement? _compose;

    [Fact]
    public async Task Neo4jRunsVersionFiveWithItsPasswordFromTheEnvironmentAndAHealthcheck()
    {
        var neo4j = (await ComposeAsync()).GetProperty("services").GetProperty("neo4j");

        Assert.Equal("neo4j:5", neo4j.GetProperty("image").GetString());
        Assert.Matches(PasswordVariable(), neo4j.GetProperty("environment").GetProperty("NEO4J_AUTH").GetString()!);
        Assert.Contains("cypher-shell", neo4j.GetProperty("healthcheck").GetProperty("test").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeoGraphRunsOnNeo4jOnceItIsHealthy()
    {
        var geograph = (await ComposeAsync()).GetProperty("services").GetProperty("geograph");
        var environment = geograph.GetProperty("environment");

        Assert.Equal("service_healthy", geograph.GetProperty("depends_on").GetProperty("neo4j").GetProperty("condition").GetString());
        Assert.Equal("Dockerfile", geograph.GetProperty("build").GetProperty("dockerfile").GetString());
        Assert.Equal("Neo4j", environment.GetProperty("Storage__Provider").GetString());
        Assert.Matches("^(bolt|neo4j)://neo4j:7687$", environment.GetProperty("Neo4j__Uri").GetString()!);
        Assert.Matches(PasswordVariable(), environment.GetProperty("Neo4j__Password").GetString()!);
    }

    [Fact]
    public async Task GeoGraphHasAnApiKeyConfiguredByItsHashOnly()
    {
        var environment = (await ComposeAsync()).GetProperty("services").GetProperty("geograph").GetProperty("environment");

        Assert.False(string.IsNullOrWhiteSpace(environment.GetProperty("Auth__ApiKeys__0__Name").GetString()));
        Assert.Equal("admin", environment.GetProperty("Auth__ApiKeys__0__Role").GetString());
        Assert.Matches("^[0-9a-f]{64}$", environment.GetProperty("Auth__ApiKeys__0__Sha256").GetString()!);
    }

    [Fact]
    public void TheDockerfileBuildsWithTheSdkAndRunsOnTheAspNetRuntime()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dockerfile"));

        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", dockerfile);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0", dockerfile);
        Assert.Contains("dotnet publish src/GeoGraph.Api/GeoGraph.Api.csproj", dockerfile, StringComparison.Ordinal);
        Assert.Contains("COPY --from=build", dockerfile, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docker-compose.yml")]
    [InlineData("src/GeoGraph.Api/appsettings.json")]
    public void NoCommittedFileCarriesANeo4jPassword(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));

        foreach (Match setting in PasswordSetting().Matches(text))
            Assert.Matches(PasswordVariable(), setting.Groups["value"].Value);
    }

    private static async Task<JsonElement> ComposeAsync()
    {
        if (_compose is { } parsed)
            return parsed;
        var json = await NodeScripts.RunAsync("compose.mjs", [Path.Combine(RepositoryPaths.Root, "docker-compose.yml")], TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);
        _compose = document.RootElement.Clone();
        return _compose.Value;
    }

    [GeneratedRegex(@"\$\{NEO4J_PASSWORD(:?\?[^}]*)?\}")]
    private static partial Regex PasswordVariable();

    [GeneratedRegex(@"(?i)(NEO4J_AUTH|Neo4j__Password|""Password"")\s*[:=]\s*(?<value>[^\r\n]+)")]
    private static partial Regex PasswordSetting();
}

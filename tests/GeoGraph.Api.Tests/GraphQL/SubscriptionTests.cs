using System.Text.Json;
using GeoGraph.Api.Subscriptions;
using GeoGraph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests.GraphQL;

/// <summary>Subscriptions over WebSocket, driven by the official npm graphql-ws client.</summary>
public sealed class SubscriptionTests
{
    private const string Import = "mutation($input: ImportArticleInput!) { importArticle(input: $input) { created } }";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ArticleImportedAnnouncesANewArticleToAGraphqlWsClient()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);
        using var client = NodeScript.Start("subscribe.mjs", WebSocketUrl(server), "subscription { articleImported { id title outlet } }", "1");
        await WaitForSubscriberAsync(server, e => e.ArticleImported.SubscriberCount);

        await server.Client.DataAsync(Import, new { input = new { text = "Officials said the Taliban attacked a checkpoint in Kunar province.", title = "Checkpoint attack", outlet = "Test Wire" } });

        var events = await EventsAsync(client);
        var next = Assert.Single(events, e => e.GetProperty("event").GetString() == "next");
        var article = next.GetProperty("result").GetProperty("data").GetProperty("articleImported");
        Assert.Equal("Checkpoint attack", article.GetProperty("title").GetString());
        Assert.Equal("Test Wire", article.GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task ClaimAddedSendsOnlyTheClaimsThatMatchItsFilter()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);
        using var client = NodeScript.Start("subscribe.mjs", WebSocketUrl(server),
            """subscription { claimAdded(filter: { about: "Taliban" }) { text speaker { name } about { name } } }""", "1");
        await WaitForSubscriberAsync(server, e => e.ClaimAdded.SubscriberCount);

        await server.Client.DataAsync(Import, new { input = new { text = "The United Nations said Boko Haram attacked a market in Borno state." } });
        await server.Client.DataAsync(Import, new { input = new { text = "NATO said the Taliban are in touch with al-Qaeda in Kunar province." } });

        var next = Assert.Single(await EventsAsync(client), e => e.GetProperty("event").GetString() == "next");
        var claim = next.GetProperty("result").GetProperty("data").GetProperty("claimAdded");
        Assert.Contains("Taliban", claim.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(claim.GetProperty("about").EnumerateArray(), a => a.GetProperty("name").GetString() == "Taliban");
    }

    [Fact]
    public async Task ADuplicateImportIsNotAnnounced()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);
        var input = new { text = "Officials said the Taliban attacked a checkpoint in Kunar province.", title = "First" };
        await server.Client.DataAsync(Import, new { input });
        var events = server.Services.GetRequiredService<GraphEvents>();
        var announced = 0;
        using var subscription = events.ArticleImported.Subscribe(new CountingObserver(() => Interlocked.Increment(ref announced)));

        await server.Client.DataAsync(Import, new { input });

        Assert.Equal(0, announced);
    }

    [Fact]
    public async Task ASubscribeMessageWithAnInvalidQueryGetsAnErrorMessage()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);

        using var client = NodeScript.Start("subscribe.mjs", WebSocketUrl(server), "subscription { noSuchField }", "1");
        var events = await EventsAsync(client);

        Assert.Contains(events, e => e.GetProperty("event").GetString() == "error");
    }

    [Fact]
    public async Task WithKeysConfiguredAClientWithoutAKeyIsClosedAndOneWithAKeyIsServed()
    {
        const string key = "subscriber-key-123456";
        var settings = new Dictionary<string, string?>
        {
            ["Auth:ApiKeys:0:Name"] = "subscriber",
            ["Auth:ApiKeys:0:Role"] = "reader",
            ["Auth:ApiKeys:0:Sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))),
        };
        await using var server = await GeoGraphServer.StartAsync(seed: false, settings);

        using var refused = NodeScript.Start("subscribe.mjs", WebSocketUrl(server), "subscription { articleImported { id } }", "1");
        var refusedEvents = await EventsAsync(refused);
        using var served = NodeScript.Start("subscribe.mjs", WebSocketUrl(server), "subscription { articleImported { id } }", "1", key);
        await WaitForSubscriberAsync(server, e => e.ArticleImported.SubscriberCount);

        Assert.Contains(refusedEvents, e => e.GetProperty("event").GetString() == "closed" && e.GetProperty("code").GetInt32() == 4403);
        served.Kill();
    }

    private static string WebSocketUrl(GeoGraphServer server) =>
        new UriBuilder(server.Http.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri.ToString();

    private static async Task WaitForSubscriberAsync(GeoGraphServer server, Func<GraphEvents, int> count)
    {
        var events = server.Services.GetRequiredService<GraphEvents>();
        for (var i = 0; i < 200 && count(events) == 0; i++)
            await Task.Delay(50, Token);
        Assert.True(count(events) > 0, "The client never subscribed.");
    }

    private static async Task<List<JsonElement>> EventsAsync(System.Diagnostics.Process client)
    {
        var output = await client.StandardOutput.ReadToEndAsync(Token);
        await client.WaitForExitAsync(Token);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
    }

    private sealed class CountingObserver(Action count) : IObserver<GeoGraph.Core.Model.Article>
    {
        public void OnNext(GeoGraph.Core.Model.Article value) => count();

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }
}

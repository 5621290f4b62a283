using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.Http;

/// <summary>The endpoint as the GraphQL-over-HTTP specification describes it, and what it does with bad input.</summary>
public sealed class GraphQLOverHttpTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private HttpClient Http => fixture.Server.Http;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AGetRequestRunsAQuery()
    {
        using var response = await Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ stats { articles } }"), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await JsonAsync(response)).GetProperty("data").GetProperty("stats").GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task AGetRequestWithVariablesRunsAQuery()
    {
        var query = Uri.EscapeDataString("query($n: String) { entity(name: $n) { name } }");
        var variables = Uri.EscapeDataString("""{"n":"NATO"}""");

        using var response = await Http.GetAsync($"/graphql?query={query}&variables={variables}", Token);

        Assert.Equal("NATO", (await JsonAsync(response)).GetProperty("data").GetProperty("entity").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AMutationOverGetIsRefusedWith405()
    {
        var query = Uri.EscapeDataString("""mutation { importArticle(input: { text: "Officials said the Taliban attacked." }) { created } }""");

        using var response = await Http.GetAsync("/graphql?query=" + query, Token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(1, (int)(await fixture.Client.StatsAsync())["articles"]!);
    }

    [Fact]
    public async Task TheGraphQLResponseMediaTypeIsUsedWhenTheClientAcceptsIt()
    {
        using var request = Post("""{"query":"{ stats { articles } }"}""", accept: "application/graphql-response+json");

        using var response = await Http.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task ASyntaxErrorIsAnErrorResponseWithTheSpecifiedStatus(string accept, HttpStatusCode expected)
    {
        using var request = Post("""{"query":"{ stats { articles "}""", accept);

        using var response = await Http.SendAsync(request, Token);

        Assert.Equal(expected, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.True(body.TryGetProperty("errors", out var errors));
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("code", errors[0].GetProperty("extensions").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownFieldIsAValidationError()
    {
        var code = await fixture.Client.ErrorCodeAsync("{ stats { articles planets } }");

        Assert.Equal("FIELDS_ON_CORRECT_TYPE", code);
    }

    [Fact]
    public async Task InvalidUtf8IsRefusedWithAClearErrorAndChangesNothing()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"query":"mutation { importArticle(input: { text: \"Taliban X""").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("""\" }) { created } }"}""")).ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await Http.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", ErrorCode(await JsonAsync(response)));
        Assert.Equal(1, (int)(await fixture.Client.StatsAsync())["articles"]!);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefusedWith413()
    {
        var text = new string('a', 10 * 1024 * 1024);
        using var request = Post(JsonSerializer.Serialize(new { query = "mutation($t: String!) { importArticle(input: { text: $t }) { created } }", variables = new { t = text } }));

        using var response = await Http.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", ErrorCode(await JsonAsync(response)));
        Assert.Equal(1, (int)(await fixture.Client.StatsAsync())["articles"]!);
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimitIsAlsoRefused()
    {
        var text = new string('a', 3 * 1024 * 1024);
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ stats { articles } }", extensions = new { padding = text } }))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Http.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ABodyWithBrokenChunkingIsABadRequestNotAServerError()
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(fixture.Server.Http.BaseAddress!.Host, fixture.Server.Http.BaseAddress.Port, Token);
        const string Request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(Request), Token);

        var answer = await ReadToEndAsync(socket);

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Assert.Contains("INVALID_BODY", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("""{"query": 42}""")]
    public async Task AMalformedBodyIsABadRequest(string body)
    {
        using var response = await Http.SendAsync(Post(body), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(ErrorCode(await JsonAsync(response)));
    }

    [Fact]
    public async Task ARequestWithoutAQueryIsABadRequest()
    {
        using var response = await Http.SendAsync(Post("""{"variables":{}}"""), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MISSING_QUERY", ErrorCode(await JsonAsync(response)));
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsRefusedWith415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ stats { articles } }", Encoding.UTF8, "text/plain") };

        using var response = await Http.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task AnUnacceptableAcceptHeaderIsRefusedWith406()
    {
        using var response = await Http.SendAsync(Post("""{"query":"{ stats { articles } }"}""", accept: "text/html"), Token);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task AQueryDeeperThanTheLimitIsRefused()
    {
        var deep = "{ claims { edges { node { relations { claims { edges { node { relations { claims { edges { node { text } } } } } } } } } } } }";

        var response = await fixture.Client.QueryAsync(deep);

        Assert.True(response.TryGetProperty("errors", out var errors));
        Assert.Contains("depth", errors[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{ entities(first: 101) { totalCount } }", "PAGE_SIZE")]
    [InlineData("{ entities(first: -1) { totalCount } }", "PAGE_SIZE")]
    [InlineData("""{ entities(after: "bm90LWEtY3Vyc29y") { totalCount } }""", "INVALID_CURSOR")]
    [InlineData("""{ network(centre: "al-Qaeda", depth: 9) { truncated } }""", "DEPTH")]
    [InlineData("{ entity { name } }", "MISSING_ARGUMENT")]
    public async Task ArgumentsOutOfRangeGiveACodeTheCallerCanActOn(string query, string expected)
    {
        Assert.Equal(expected, await fixture.Client.ErrorCodeAsync(query));
    }

    private static HttpRequestMessage Post(string json, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.Clone();

    private static string? ErrorCode(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static async Task<string> ReadToEndAsync(Socket socket)
    {
        var text = new StringBuilder();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, Token)) > 0)
                text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        catch (SocketException reset) when (reset.SocketErrorCode == SocketError.ConnectionReset)
        {
            // Kestrel drops a connection whose request body cannot be read, once it has answered.
        }
        return text.ToString();
    }
}

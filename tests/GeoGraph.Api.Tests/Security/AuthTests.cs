using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GeoGraph.Api.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GeoGraph.Api.Tests.Security;

/// <summary>Who may do what: API keys and JWTs with roles, and the anonymous defaults.</summary>
public sealed class AuthTests
{
    private const string ReaderKey = "reader-key-1234567890";
    private const string ImporterKey = "importer-key-1234567890";
    private const string AdminKey = "admin-key-1234567890";
    private const string Issuer = "https://issuer.test";
    private const string Audience = "geograph";
    private static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private const string Read = "{ stats { articles } }";
    private const string Import = """mutation { importArticle(input: { text: "" }) { created errors { code } } }""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> KeysAndJwt() => new()
    {
        ["Auth:ApiKeys:0:Name"] = "dashboard",
        ["Auth:ApiKeys:0:Role"] = "reader",
        ["Auth:ApiKeys:0:Sha256"] = Hash(ReaderKey),
        ["Auth:ApiKeys:1:Name"] = "feeder",
        ["Auth:ApiKeys:1:Role"] = "importer",
        ["Auth:ApiKeys:1:Sha256"] = Hash(ImporterKey),
        ["Auth:ApiKeys:2:Name"] = "curator",
        ["Auth:ApiKeys:2:Role"] = "admin",
        ["Auth:ApiKeys:2:Sha256"] = Hash(AdminKey).ToUpperInvariant(),
        ["Auth:Jwt:Issuer"] = Issuer,
        ["Auth:Jwt:Audience"] = Audience,
        ["Auth:Jwt:SigningKey"] = SigningKey,
    };

    [Fact]
    public async Task WithoutAuthConfigurationAnonymousCallersMayReadAndImport()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(server, Read)).StatusCode);
        var import = await SendAsync(server, Import);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.DoesNotContain("FORBIDDEN", await import.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnceKeysAreConfiguredAnonymousCallersGetNothing()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, KeysAndJwt());

        using var response = await SendAsync(server, Read);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("UNAUTHENTICATED", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
    }

    [Fact]
    public async Task AuthAnonymousCanGrantReadingOnly()
    {
        var settings = KeysAndJwt();
        settings["Auth:Anonymous"] = "reader";
        await using var server = await GeoGraphServer.StartAsync(seed: false, settings);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(server, Read)).StatusCode);
        Assert.Contains("FORBIDDEN", await (await SendAsync(server, Import)).Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReaderKey, true, false)]
    [InlineData(ImporterKey, true, true)]
    [InlineData(AdminKey, true, true)]
    public async Task AnApiKeysRoleDecidesWhatItMayDo(string key, bool mayRead, bool mayImport)
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, KeysAndJwt());

        var read = await (await SendAsync(server, Read, apiKey: key)).Content.ReadAsStringAsync(Token);
        var import = await (await SendAsync(server, Import, apiKey: key)).Content.ReadAsStringAsync(Token);

        Assert.Equal(!mayRead, read.Contains("FORBIDDEN", StringComparison.Ordinal));
        Assert.Equal(!mayImport, import.Contains("FORBIDDEN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownApiKeyIsRefusedWith401()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, KeysAndJwt());

        using var response = await SendAsync(server, Read, apiKey: "not-a-key");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("INVALID_CREDENTIALS", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reader", true, false)]
    [InlineData("importer", true, true)]
    public async Task ABearerTokensRoleClaimDecidesWhatItMayDo(string role, bool mayRead, bool mayImport)
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, KeysAndJwt());
        var token = Jwt(role, SigningKey);

        var read = await (await SendAsync(server, Read, bearer: token)).Content.ReadAsStringAsync(Token);
        var import = await (await SendAsync(server, Import, bearer: token)).Content.ReadAsStringAsync(Token);

        Assert.Equal(!mayRead, read.Contains("FORBIDDEN", StringComparison.Ordinal));
        Assert.Equal(!mayImport, import.Contains("FORBIDDEN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABearerTokenSignedWithAnotherKeyIsRefused()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, KeysAndJwt());

        using var response = await SendAsync(server, Read, bearer: Jwt("admin", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ATokenWithoutARoleIsForbidden()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, KeysAndJwt());

        using var response = await SendAsync(server, Read, bearer: Jwt(null, SigningKey));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ErrorsDoNotLeakInternals()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, KeysAndJwt());

        var body = await (await SendAsync(server, "{ claims(filter: { text: \"x\" }) { totalCount } }", apiKey: "wrong")).Content.ReadAsStringAsync(Token);

        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(GeoGraphServer server, string query, string? apiKey = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        if (bearer is not null)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        return await server.Http.SendAsync(request, Token);
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Jwt(string? role, string signingKey)
    {
        var claims = new List<Claim> { new("sub", "analyst@example.org") };
        if (role is not null)
            claims.Add(new Claim("role", role));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}

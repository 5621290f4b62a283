using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Security;

/// <summary>Authenticates <c>X-Api-Key</c> by comparing its SHA-256 with the configured hashes in constant time.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<AuthOptions> auth) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
            return Task.FromResult(AuthenticateResult.NoResult());

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(values[0]!));
        foreach (var key in auth.Value.ApiKeys)
        {
            if (!TryHex(key.Sha256, out var expected) || !CryptographicOperations.FixedTimeEquals(presented, expected))
                continue;
            if (!RoleNames.TryParse(key.Role, out var role))
                return Task.FromResult(AuthenticateResult.Fail($"API key '{key.Name}' has an unknown role."));
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, key.Name), new Claim(RoleNames.ClaimType, RoleNames.Name(role))],
                SchemeName, ClaimTypes.Name, RoleNames.ClaimType);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
        return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
    }

    private static bool TryHex(string hex, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(hex.Trim());
            return bytes.Length == SHA256.HashSizeInBytes;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}

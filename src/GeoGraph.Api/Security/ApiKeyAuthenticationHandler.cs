using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Security;

/// <summary>Authenticates requests that carry <c>X-Api-Key</c>.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyVerifier verifier) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrEmpty(values.FirstOrDefault()))
            return Task.FromResult(AuthenticateResult.NoResult());
        var principal = verifier.Verify(values[0]!, SchemeName, out var refusal);
        return Task.FromResult(principal is null
            ? AuthenticateResult.Fail(refusal!)
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}

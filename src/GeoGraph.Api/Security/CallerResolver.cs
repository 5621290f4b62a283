using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Security;

/// <summary>
/// Decides what a request may do: the role of its API key or token; with no credentials, the anonymous
/// role (importer while no Auth is configured, else Auth:Anonymous, by default nothing).
/// </summary>
public sealed class CallerResolver(IOptions<AuthOptions> options)
{
    /// <summary>The caller's context, or an error code when the request must be refused outright.</summary>
    public (CallerContext? Caller, string? ErrorCode) Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var presented = context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                        || context.Request.Headers.Authorization.Count > 0;
        return Resolve(context.User, presented);
    }

    /// <summary>The caller's context for an authenticated (or anonymous) principal.</summary>
    public (CallerContext? Caller, string? ErrorCode) Resolve(ClaimsPrincipal? user, bool credentialsPresented)
    {
        if (user?.Identity?.IsAuthenticated == true)
        {
            var role = RoleNames.Highest(user);
            var name = user.Identity.Name ?? user.FindFirstValue("sub") ?? "authenticated";
            return role is null ? (null, "FORBIDDEN") : (new CallerContext(role.Value, name), null);
        }
        if (credentialsPresented)
            return (null, "INVALID_CREDENTIALS");
        return AnonymousRole() is { } anonymous ? (new CallerContext(anonymous, "anonymous"), null) : (null, "UNAUTHENTICATED");
    }

    private Role? AnonymousRole()
    {
        var auth = options.Value;
        if (auth.IsOpen)
            return Role.Importer;
        return RoleNames.TryParse(auth.Anonymous, out var role) ? role : null;
    }
}

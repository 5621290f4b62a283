using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace GeoGraph.Api.Security;

/// <summary>API keys and JWT bearer tokens, read from configuration section <c>Auth</c>.</summary>
public static partial class DependencyInjection
{
    private const string SelectorScheme = "GeoGraph";

    public static IServiceCollection AddGeoGraphAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName);
        services.AddSingleton<CallerResolver>();
        services.AddSingleton<ApiKeyVerifier>();
        var jwt = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>()?.Jwt ?? new JwtOptions();

        var authentication = services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API key or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        authentication.AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.Authority = string.IsNullOrWhiteSpace(jwt.Authority) ? null : jwt.Authority;
            o.Audience = jwt.Audience;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = !string.IsNullOrWhiteSpace(jwt.Issuer) || !string.IsNullOrWhiteSpace(jwt.Authority),
                ValidIssuer = jwt.Issuer,
                ValidateAudience = !string.IsNullOrWhiteSpace(jwt.Audience),
                ValidAudience = jwt.Audience,
                RoleClaimType = RoleNames.ClaimType,
                NameClaimType = "sub",
                IssuerSigningKey = string.IsNullOrWhiteSpace(jwt.SigningKey) ? null : new SymmetricSecurityKey(Convert.FromBase64String(jwt.SigningKey)),
            };
        });
        return services;
    }

    /// <summary>Warns at start when the service is open to anonymous importers (no keys, no token issuer).</summary>
    public static void WarnWhenOpen(this IServiceProvider services)
    {
        var auth = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthOptions>>().Value;
        if (auth.IsOpen)
            LogOpen(services.GetRequiredService<ILoggerFactory>().CreateLogger("GeoGraph.Security"));
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "No Auth:ApiKeys and no Auth:Jwt are configured: anonymous callers may read AND import. Configure keys before exposing this service.")]
    private static partial void LogOpen(ILogger logger);
}

namespace GeoGraph.Api.Security;

/// <summary>Who may call the API, from configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>API keys, sent as <c>X-Api-Key</c>; only their SHA-256 is configured.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>JWT bearer tokens with a <c>role</c> claim.</summary>
    public JwtOptions Jwt { get; set; } = new();

    /// <summary>What callers without credentials may do once any key or JWT issuer is configured: none (default) or a role name.</summary>
    public string Anonymous { get; set; } = "none";

    /// <summary>True when neither keys nor a JWT issuer are configured: the local development default.</summary>
    public bool IsOpen => ApiKeys.Count == 0 && !Jwt.IsConfigured;
}

/// <summary>One API key: a name for logs, its role and the hex SHA-256 of the key.</summary>
public sealed class ApiKeyOptions
{
    public string Name { get; set; } = "";

    public string Role { get; set; } = "reader";

    public string Sha256 { get; set; } = "";
}

/// <summary>How bearer tokens are checked: an OpenID authority, or an issuer with a shared signing key.</summary>
public sealed class JwtOptions
{
    /// <summary>An OpenID Connect authority whose published keys sign the tokens.</summary>
    public string? Authority { get; set; }

    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    /// <summary>A base64 HMAC key, from the environment or user secrets, never from a committed file.</summary>
    public string? SigningKey { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}

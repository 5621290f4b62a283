namespace GeoGraph.Api.Security;

/// <summary>The GraphQL user context: the role the caller acts with for this request.</summary>
public sealed class CallerContext(Role role, string caller) : Dictionary<string, object?>
{
    /// <summary>The highest role the caller holds.</summary>
    public Role Role { get; } = role;

    /// <summary>Who the caller is, for audit records: the API key's name, the token's subject, or "anonymous".</summary>
    public string Caller { get; } = caller;

    public bool Has(Role required) => Role >= required;
}

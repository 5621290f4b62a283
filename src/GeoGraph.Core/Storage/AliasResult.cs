namespace GeoGraph.Core.Storage;

/// <summary>The outcome of adding an alias.</summary>
/// <param name="Added">False when the entity already had the alias (nothing changed, nothing audited) or on error.</param>
/// <param name="AuditId">The audit entry, when something changed.</param>
public sealed record AliasResult(bool Added, long? AuditId, CurationError? Error)
{
    /// <summary>True when the entity has the alias now.</summary>
    public bool Succeeded => Error is null;

    /// <summary>An alias refused for an expected reason.</summary>
    public static AliasResult Failed(string code, string message) => new(false, null, new CurationError(code, message));

    /// <summary>An alias refused with <paramref name="error"/>.</summary>
    public static AliasResult Failed(CurationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(false, null, error);
    }
}

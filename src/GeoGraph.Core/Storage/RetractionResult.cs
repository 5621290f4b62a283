namespace GeoGraph.Core.Storage;

/// <summary>The outcome of retracting a claim.</summary>
/// <param name="Retracted">False when the claim was already retracted (nothing changed, nothing audited) or on error.</param>
/// <param name="RelationsRecomputed">Relations the claim was evidence for, re-aggregated without it.</param>
/// <param name="AuditId">The audit entry, when something changed.</param>
public sealed record RetractionResult(bool Retracted, int RelationsRecomputed, long? AuditId, CurationError? Error)
{
    /// <summary>True when the claim is retracted now.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A retraction refused for an expected reason.</summary>
    public static RetractionResult Failed(string code, string message) => new(false, 0, null, new CurationError(code, message));

    /// <summary>A retraction refused with <paramref name="error"/>.</summary>
    public static RetractionResult Failed(CurationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(false, 0, null, error);
    }
}

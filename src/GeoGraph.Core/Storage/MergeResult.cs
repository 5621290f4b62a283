namespace GeoGraph.Core.Storage;

/// <summary>The outcome of a merge: what moved and the audit entry, or why nothing changed.</summary>
public sealed record MergeResult(MergeSummary? Summary, long? AuditId, CurationError? Error)
{
    /// <summary>True when the merge happened.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A merge refused for an expected reason.</summary>
    public static MergeResult Failed(string code, string message) => new(null, null, new CurationError(code, message));

    /// <summary>A merge refused with <paramref name="error"/>.</summary>
    public static MergeResult Failed(CurationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(null, null, error);
    }
}

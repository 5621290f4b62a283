namespace GeoGraph.Core.Storage;

/// <summary>A query the caller can fix: a bad cursor, a page too large, a depth out of range.</summary>
/// <param name="code">A stable machine-readable code, such as <c>PAGE_SIZE</c>.</param>
public sealed class InvalidQueryException(string code, string message) : Exception(message)
{
    /// <summary>A stable machine-readable code, such as <c>PAGE_SIZE</c>.</summary>
    public string Code { get; } = code;
}

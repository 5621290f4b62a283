namespace GeoGraph.Core.Extraction;

/// <summary>Input that holds no article to import: empty, not text, too large.</summary>
/// <param name="code">A stable machine-readable code: <c>EMPTY_ARTICLE</c>, <c>TOO_LARGE</c>, <c>NOT_TEXT</c>…</param>
public sealed class ArticleRejectedException(string code, string message) : Exception(message)
{
    /// <summary>A stable machine-readable code: <c>EMPTY_ARTICLE</c>, <c>TOO_LARGE</c>, <c>NOT_TEXT</c>…</summary>
    public string Code { get; } = code;
}

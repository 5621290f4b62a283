namespace GeoGraph.Core.Model;

/// <summary>
/// An article's address as stored: the one spelling under which versions of the same story are recognised.
/// </summary>
public static class ArticleUrl
{
    /// <summary>
    /// Trims the address, drops its fragment ("#comments" is the same page) and lower-cases the scheme and host,
    /// which are case-blind; the path and query stay as given because servers may tell them apart.
    /// Blank input gives null.
    /// </summary>
    public static string? Normalise(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        var trimmed = url.Trim();
        var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
            trimmed = trimmed[..hash];
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return trimmed.Length == 0 ? null : trimmed;
        var authority = trimmed.IndexOf("://", StringComparison.Ordinal) + 3;
        var pathStart = trimmed.IndexOfAny(['/', '?'], authority);
        var head = pathStart < 0 ? trimmed : trimmed[..pathStart];
        var rest = pathStart < 0 ? string.Empty : trimmed[pathStart..];
        return head.ToLowerInvariant() + rest;
    }
}

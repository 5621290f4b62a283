using System.Buffers;
using System.Text;

namespace GeoGraph.Core.Extraction.Cleaning;

/// <summary>Rejects input that holds no article: empty, too large, or not text at all.</summary>
internal static class InputGuard
{
    /// <summary>The largest raw article accepted, in characters.</summary>
    public const int MaxLength = 1_000_000;

    // Controls but line breaks and tabs, DEL, surrogates (even paired: the slow path keeps those) and U+FFFD-U+FFFF.
    private static readonly SearchValues<char> Unclean = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\n' or '\r' or '\t')).Select(c => (char)c), '\u007F',
         .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c), '\uFFFD', '\uFFFE', '\uFFFF']);

    private static bool IsClean(string raw) => !raw.AsSpan().ContainsAny(Unclean);

    /// <summary>
    /// Throws <see cref="ArticleRejectedException"/> for empty, oversized or binary input; returns the
    /// text with stray control characters and broken surrogates replaced.
    /// </summary>
    public static string Check(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            throw new ArticleRejectedException("EMPTY_ARTICLE", "The article is empty.");
        if (raw.Length > MaxLength)
            throw new ArticleRejectedException("TOO_LARGE", $"The article has {raw.Length:N0} characters; at most {MaxLength:N0} are accepted.");

        if (IsClean(raw))
            return raw;
        var suspicious = 0;
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                sb.Append(c).Append(raw[++i]);
                continue;
            }
            if (c == '\0' || char.IsSurrogate(c) || c is '\uFFFD' or '\uFFFE' or '\uFFFF'
                || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')))
            {
                suspicious++;
                sb.Append(' ');
                continue;
            }
            sb.Append(c is '\f' or '\v' ? '\n' : c);
        }
        // Decoded binary is full of NULs, controls and replacement characters; real text has next to none.
        if (raw.Contains('\0', StringComparison.Ordinal) || suspicious > 8 && suspicious * 100 > raw.Length)
            throw new ArticleRejectedException("NOT_TEXT", "The article does not look like text (binary or control characters).");
        return sb.ToString();
    }
}

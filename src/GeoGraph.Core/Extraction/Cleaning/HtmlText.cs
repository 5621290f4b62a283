using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GeoGraph.Core.Extraction.Cleaning;

/// <summary>Recognises HTML posted as an article and turns it into plain text, one block a line.</summary>
internal static partial class HtmlText
{
    private static readonly string[] InvisibleElements = ["script", "style", "head", "noscript", "template"];

    /// <summary>Whether <paramref name="text"/> is markup rather than prose.</summary>
    public static bool Looks(string text) => text.Contains('<', StringComparison.Ordinal) && MarkupTag().Count(text) >= 2;

    /// <summary>
    /// Whether plain text still carries HTML character references ("&amp;quot;", "&amp;#8217;", "&amp;nbsp;"), as text
    /// copied out of a page's source often does.
    /// </summary>
    public static bool HasEntities(string text) => text.Contains('&', StringComparison.Ordinal) && Entity().IsMatch(text);

    /// <summary>The text with its character references decoded.</summary>
    public static string DecodeEntities(string text) => WebUtility.HtmlDecode(text);

    /// <summary>The text of <paramref name="html"/>: scripts, styles and comments dropped, block ends as line breaks.</summary>
    public static string ToText(string html)
    {
        var text = RemoveBetween(html, "<!--", "-->");
        foreach (var element in InvisibleElements)
            text = RemoveBetween(text, "<" + element, "</" + element + ">");
        text = BlockTag().Replace(text, "\n");
        text = AnyTag().Replace(text, string.Empty);
        return WebUtility.HtmlDecode(text);
    }

    // A loop rather than a lazy regex: an unclosed <script> in a large page must not cost quadratic time.
    private static string RemoveBetween(string text, string open, string close)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf(open, i, StringComparison.OrdinalIgnoreCase);
            if (start < 0)
                break;
            sb.Append(text, i, start - i).Append(' ');
            var end = text.IndexOf(close, start + open.Length, StringComparison.OrdinalIgnoreCase);
            i = end < 0 ? text.Length : end + close.Length;
        }
        if (i < text.Length)
            sb.Append(text, i, text.Length - i);
        return sb.ToString();
    }

    [GeneratedRegex(@"<(?:!doctype|html|head|body|p|div|br|span|a|h[1-6]|li|ul|ol|article|section|script|style|table|tr|td|img|meta|title|header|footer|nav|figure|figcaption|strong|em|b|i)\b[^>]{0,500}>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex MarkupTag();

    [GeneratedRegex(@"</?(?:p|div|br|h[1-6]|li|ul|ol|article|section|table|tr|header|footer|nav|figure|figcaption|blockquote|pre)\b[^>]{0,500}>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|quot|amp|apos|lt|gt|nbsp|rsquo|lsquo|rdquo|ldquo|ndash|mdash|hellip|laquo|raquo);", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();

    [GeneratedRegex(@"<[^<>]{0,2000}>", RegexOptions.NonBacktracking)]
    private static partial Regex AnyTag();
}

using System.Buffers;
using System.Text.RegularExpressions;

namespace GeoGraph.Core.Extraction.Cleaning;

/// <summary>
/// Tells article lines from the furniture news sites wrap around them: paywalls, subscription offers,
/// newsletter and cookie notices, share and follow prompts, related links, bylines, captions, placeholders.
/// </summary>
internal static partial class Boilerplate
{
    private const int MaxFurnitureLength = 400;

    /// <summary>What <paramref name="line"/> (trimmed) is, given whether any body line came before it.</summary>
    public static LineKind Classify(string line, bool afterBody)
    {
        // Furniture is short; a long line is prose, and bounding the length bounds the regexes' work.
        if (line.Length == 0 || line.Length > MaxFurnitureLength || line.Length > 120 && !HasKeyword(line))
            return LineKind.Body;
        if (IsTail(line))
            return afterBody ? LineKind.TailStart : LineKind.Junk;
        if (Placeholder().IsMatch(line) || HasFurniturePhrase(line) || Furniture().IsMatch(line) || Byline().IsMatch(line)
            || Caption().IsMatch(line) || IsPriceLine(line))
            return LineKind.Junk;
        return LineKind.Body;
    }

    private static readonly SearchValues<string> Keywords = SearchValues.Create(
    [
        "cookie", "newsletter", "editing by", "reporting by", "photo", "image", "getty", "subscri", "reached your",
        "reached the", "rights reserved", "copyright", "related", "free article", "premium", "continue reading",
        "caption", "credit", "advertis",
    ], StringComparison.OrdinalIgnoreCase);

    // Template placeholders, which have no case, are looked for apart: with a two-letter value among them the keyword
    // search keys on letter pairs ("re", "co"), and prose has so many that checking each cost more than the search.
    private static readonly SearchValues<string> TemplateMarks = SearchValues.Create(["{{", "{%", "[["], StringComparison.Ordinal);

    private static readonly SearchValues<string> TailPhrases = SearchValues.Create(
    [
        "reached your limit", "reached the limit", "reached your maximum", "free articles", "free stories",
        "subscribe now", "subscribe today", "subscribe to read", "subscribe to continue", "subscribe to unlock",
        "subscribe to get", "subscribe to access", "already subscribed", "already a subscriber", "already a member",
        "subscription plan", "digital subscription", "to continue reading", "premium stories", "premium content",
        "premium article", "all rights reserved", "reader-funded", "reader funded", "not for onward circulation",
        "english edition", "min read",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> CaptionPhrases = SearchValues.Create(
    [
        "(photo by", "(photo:", "(image:", "(image by", "(photo credit", "getty images", "afp via getty", "reuters/",
        "ap photo", "epa-efe", "anadolu via getty", "shutterstock",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] TailPrefixes =
    [
        "(reporting by", "reporting by", "(writing by", "writing by", "(editing by", "editing by", "(additional reporting",
        "additional reporting", "(compiled by", "(translated", "translated and edited", "our standards", "read next",
        "read also", "read more", "related:", "related coverage", "related articles", "related stories", "more on ",
        "most read", "trending", "tags:", "tag:", "topics:", "distribution:", "share this", "share:", "about the author",
        "comments", "comment (", "support independent", "support our", "support us", "this article appears",
        "this story appears", "this feature is part of", "this article is part of", "this story is part of", "this live page", "this page is no longer", "sign up for", "subscribe", "unsubscribe",
        "donate ", "donate to", "we value your privacy", "we use cookies", "click here", "you have read",
        "you've reached", "leave a comment", "privacy |", "privacy policy", "terms of use", "show key events",
        "(with inputs from", "with inputs from", "catch all the", "note from the author", "join our", "disclaimer:",
        "this story has been published from", "this article has been published from",
        "translated from", "translation:", "translated by", "this article was translated", "originally published",
        "this article was originally", "a version of this article", "reproduction ", "more briefs", "more from", "more stories", "more news", "more articles",
    ];

    // Links and reading aids that sites also drop between paragraphs: they end the body only where no prose follows.
    private static readonly string[] InlinePrefixes =
    [
        "read more", "read also", "read next", "also read", "see also", "related", "more on ", "more from", "more stories",
        "more news", "more articles", "more briefs", "watch:", "listen to",
    ];

    /// <summary>
    /// A tail line that sites also put inside the article ("Read more: …", "RELATED: …", "4 min read"): the caller
    /// decides by what follows it whether the body ends there or the line is dropped alone.
    /// </summary>
    public static bool CanStandInsideBody(string line) =>
        StartsWithAny(line, InlinePrefixes) || line.Contains("min read", StringComparison.OrdinalIgnoreCase) && line.Length <= 40;

    private static bool IsTail(string line) =>
        IsSeparator(line) || StartsWithTailPrefix(line) || TailLine().IsMatch(line) || ContainsAny(line, TailPhrases)
        || line.StartsWith("Follow ", StringComparison.OrdinalIgnoreCase) && line.Length > 7 && (char.IsUpper(line[7]) || line[7] == '@'
            || line.AsSpan(7).StartsWith("us", StringComparison.OrdinalIgnoreCase));

    // "---", "***": the rule many sites draw between the article and what follows.
    private static bool IsSeparator(string line) =>
        line.Length >= 2 && line.All(c => c is '-' or '_' or '*' or '=' or '~' or '\u2014' or '\u2013');

    private static bool StartsWithAny(string line, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (line.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // The tail prefixes by their first letter (all are ASCII): a line is checked only against those it could start with.
    private static readonly string[][] TailPrefixesByFirst = Enumerable.Range(0, 128)
        .Select(c => TailPrefixes.Where(p => char.ToLowerInvariant(p[0]) == c).ToArray())
        .ToArray();

    private static bool StartsWithTailPrefix(string line) =>
        line.Length > 0 && (line[0] < 128 ? StartsWithAny(line, TailPrefixesByFirst[char.ToLowerInvariant(line[0])]) : StartsWithAny(line, TailPrefixes));

    // Short lines about cookies, newsletters, editors or photo credits.
    private static bool HasFurniturePhrase(string line) =>
        line.Contains("cookie", StringComparison.OrdinalIgnoreCase) && (line.Contains("policy", StringComparison.OrdinalIgnoreCase)
            || line.Contains("settings", StringComparison.OrdinalIgnoreCase) || line.Contains("consent", StringComparison.OrdinalIgnoreCase))
        || line.Contains("newsletter", StringComparison.OrdinalIgnoreCase)
        || line.Contains("; editing by", StringComparison.OrdinalIgnoreCase)
        || line.Length <= 250 && ContainsAny(line, CaptionPhrases);

    private static bool ContainsAny(string line, SearchValues<string> phrases) => line.AsSpan().ContainsAny(phrases);

    // Long lines are prose unless they carry a furniture keyword; checking that first keeps cleaning linear and fast.
    // "©" is looked for on its own: one non-ASCII keyword would send the case-blind search down its slow path.
    private static bool HasKeyword(string line) =>
        ContainsAny(line, Keywords) || ContainsAny(line, TemplateMarks) || line.Contains('\u00A9', StringComparison.Ordinal);

    // "₹900", "$4.99/month", "2 Years": offer tables are short lines of prices and periods.
    private static bool IsPriceLine(string line) =>
        line.Length <= 40 && (PriceOrPeriod().IsMatch(line));

    [GeneratedRegex(@"^((related|related (articles|stories|news|content|coverage)|more (from|on|stories)|read (more|next|also)|recommended( for you)?|you (may|might) (also )?like|most (read|popular|viewed)|trending( now)?|latest (news|stories)|top stories|more news|popular stories|related topics|more on this story|topics)\s*:?\s*$|(\u00A9|\(c\)|copyright\b)|comments?\s*(\(\d+\))?\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TailLine();

    [GeneratedRegex(@"\{\{[^}]{0,80}\}\}|\{%[^%]{0,80}%\}|\[\[[^\]]{0,80}\]\]", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(advertisement|advertisements|sponsored( content)?|ad|skip ad|share|share (this|on|via)\b.*|follow\b.{0,80}|get (the|our)\b.{0,80}(newsletter|inbox|app|alerts|daily).*|(log|sign) ?(in|up)( .{0,40})?|register|print|email|whatsapp|facebook|twitter|x|linkedin|telegram|copy link|listen to (this )?article.*|\d+ min(ute)?s? read|also read\s*:.*|see also\s*:.*|read\s*:.*|watch\s*:.*|click here.*|download (our|the) app.*|(accept|manage) (all )?cookies.*|(updated|published|posted|last updated|first published( on)?)\s*:?.{0,60}\d.*|(reporting|writing|editing|additional reporting) by .*|(story|article|text) continues (below|after)\b.{0,40}|scroll (down )?to continue\b.{0,40}|advertisement\b.{0,40}|(terms of (use|service)|privacy policy).*|skip to (main )?content|(main )?menu|search|home|save|purchase licensing rights|get (the )?latest updates|\d+ (minutes?|mins?|hours?|hrs?|days?) ago|home\s*[>»/|].{0,80}|[^.!?]{1,40}( [>»] [^.!?]{1,40}){1,5})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^([Bb]y|[Ww]ritten by|[Ww]ords by|[Ss]tory by)\s+\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3}){0,3}(\s*[,|–-]\s*.{0,60})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^((photo|image|picture|file photo|photograph|video|credit)s?( credit)?\s*[:|/].{0,200}|(media|image|video|photo) (caption|source)\b.{0,200}|header image\s*:.{0,200}|\((photo|image|file photo|picture)s?\b.{0,200}\)|.{0,200}[\[(][^\[\]()]{0,60}/[^\[\]()/]{1,40}[\])]|sources?\s*:.{0,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^([₹$€£¥]\s?[\d,.]+(\s*/\s*\w+)?|\d+\s+(months?|years?|weeks?|days?)|[\d,.]+\s?[₹$€£¥](\s*/\s*\w+)?|renews automatically.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceOrPeriod();
}

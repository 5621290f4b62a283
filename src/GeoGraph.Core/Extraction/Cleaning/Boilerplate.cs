using System.Text.RegularExpressions;

namespace GeoGraph.Core.Extraction.Cleaning;

/// <summary>
/// Tells article lines from the furniture news sites wrap around them: paywalls, subscription offers,
/// newsletter and cookie notices, share and follow prompts, related links, bylines, captions, placeholders.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>What <paramref name="line"/> (trimmed) is, given whether any body line came before it.</summary>
    public static LineKind Classify(string line, bool afterBody)
    {
        if (line.Length == 0)
            return LineKind.Body;
        if (Tail().IsMatch(line))
            return afterBody ? LineKind.TailStart : LineKind.Junk;
        if (Placeholder().IsMatch(line) || Furniture().IsMatch(line) || Byline().IsMatch(line)
            || Caption().IsMatch(line) || IsPriceLine(line))
            return LineKind.Junk;
        return LineKind.Body;
    }

    // "₹900", "$4.99/month", "2 Years": offer tables are short lines of prices and periods.
    private static bool IsPriceLine(string line) =>
        line.Length <= 40 && (PriceOrPeriod().IsMatch(line));

    [GeneratedRegex(@"(reached (your|the) (limit|maximum)|free (articles?|stories) (this|per|a) month|subscribe (now|today|to (read|continue|unlock|get|access))|already (a )?(subscribed|subscriber|member)|subscription plans?|digital subscription|to continue reading|premium (stories|content|article)|^(related|related (articles|stories|news|content|coverage)|more (from|on|stories)|read (more|next|also)|recommended( for you)?|you (may|might) (also )?like|most (read|popular|viewed)|trending( now)?|latest (news|stories)|top stories|more news|popular stories)\s*:?\s*$|^(©|\(c\)|copyright\b)|all rights reserved|^comments?\s*(\(\d+\))?\s*$)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Tail();

    [GeneratedRegex(@"\{\{[^}]{0,80}\}\}|\{%[^%]{0,80}%\}|\[\[[^\]]{0,80}\]\]", RegexOptions.NonBacktracking)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(advertisement|advertisements|sponsored( content)?|ad|skip ad|share|share (this|on|via)\b.*|follow (us|@).*|(log|sign) ?(in|up)( .{0,40})?|register|print|email|whatsapp|facebook|twitter|x|linkedin|telegram|copy link|listen to (this )?article.*|\d+ min(ute)?s? read|also read\s*:.*|see also\s*:.*|read\s*:.*|watch\s*:.*|click here.*|download (our|the) app.*|(accept|manage) (all )?cookies.*|.*\bcookies?\b.*(policy|settings|consent).*|.*\bnewsletters?\b.*|(updated|published|posted|last updated)\s*:?.{0,60}\d.*|(reporting|writing|editing|additional reporting) by .*|.*; editing by .*|(terms of (use|service)|privacy policy).*)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^([Bb]y|[Ww]ritten by|[Ww]ords by|[Ss]tory by)\s+\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3}){0,3}(\s*[,|–-]\s*.{0,60})?$", RegexOptions.NonBacktracking)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^((photo|image|picture|file photo|photograph|video|caption|credit)s?( credit)?\s*[:|/].{0,200}|\((photo|image|file photo|picture)s?\b.{0,200}\)|.{0,200}\((photo|image)\s*(by|:|credit).{0,100}\)|.{0,200}\b(getty images|afp via getty|reuters/|ap photo|epa-efe|anadolu via getty|shutterstock)\b.{0,60})$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^([₹$€£¥]\s?[\d,.]+(\s*/\s*\w+)?|\d+\s+(months?|years?|weeks?|days?)|[\d,.]+\s?[₹$€£¥](\s*/\s*\w+)?|renews automatically.*)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PriceOrPeriod();
}

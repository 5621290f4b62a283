namespace GeoGraph.Core.Extraction.Cleaning;

/// <summary>What a line of raw article text is.</summary>
internal enum LineKind
{
    /// <summary>Part of the article.</summary>
    Body,

    /// <summary>Site furniture on its own line (share buttons, a byline, a caption): drop the line.</summary>
    Junk,

    /// <summary>The start of the site's tail (paywall, related links, copyright): drop it and all after.</summary>
    TailStart,
}

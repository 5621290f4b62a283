namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>Entities and relations the seed article and the generated corpus are known to hold.</summary>
public static class Known
{
    public const string AlQaeda = "group:al-qaeda";

    public const string Taliban = "group:taliban";

    /// <summary>The seed article's relation, asserted by NATO and a NATO official.</summary>
    public const string AlQaedaToTaliban = "group:al-qaeda|SEEKS_ALLIANCE_WITH|group:taliban";
}

namespace GeoGraph.Core.Storage;

/// <summary>Orders of claim lists; ties are broken by article id, then the claim's offset in the article.</summary>
public enum ClaimSort
{
    /// <summary>Latest report first.</summary>
    Newest,

    /// <summary>Earliest report first.</summary>
    Oldest,
}

namespace GeoGraph.Core.Storage;

/// <summary>Orders of the article list; ties are broken by article id.</summary>
public enum ArticleSort
{
    /// <summary>Latest import first.</summary>
    Imported,

    /// <summary>Latest report (publication, else import) first.</summary>
    Newest,

    /// <summary>Earliest report first.</summary>
    Oldest,
}

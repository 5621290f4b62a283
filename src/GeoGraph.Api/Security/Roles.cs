namespace GeoGraph.Api.Security;

/// <summary>The three roles, each including the ones below it: admin ⊃ importer ⊃ reader.</summary>
public enum Role
{
    /// <summary>Queries and subscriptions.</summary>
    Reader = 1,

    /// <summary>Reading, and importing articles.</summary>
    Importer = 2,

    /// <summary>Everything, including curation (merge, alias, retract).</summary>
    Admin = 3,
}

namespace GeoGraph.Core.Storage;

/// <summary>The curation actions the audit log records.</summary>
public enum CurationAction
{
    /// <summary>An entity merged into another: target is the kept entity, subject the removed one.</summary>
    MergeEntities,

    /// <summary>An alias added: target is the entity, subject the alias.</summary>
    AddAlias,

    /// <summary>A claim retracted: target is the claim.</summary>
    RetractClaim,
}

namespace GeoGraph.Core.Storage;

/// <summary>Which audit entries to list, newest first.</summary>
/// <param name="Id">Entries whose target or subject is this id (an entity, claim or alias).</param>
public sealed record AuditQuery(string? Id = null, CurationAction? Action = null);

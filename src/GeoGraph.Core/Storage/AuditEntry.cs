namespace GeoGraph.Core.Storage;

/// <summary>One curation, as the audit log keeps it: who, when, what and why.</summary>
/// <param name="Id">Increases with every entry.</param>
/// <param name="Actor">Who made the change, as the caller named them.</param>
/// <param name="Target">The id of what changed (<see cref="CurationAction"/> says which).</param>
/// <param name="Subject">The merged entity's id, or the added alias; null for retractions.</param>
/// <param name="Details">A JSON object with what the change did, such as how many claims a merge moved.</param>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string Actor,
    CurationAction Action,
    string Target,
    string? Subject,
    string? Reason,
    string Details);

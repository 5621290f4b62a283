using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j.Mapping;

/// <summary>Audit entry maps of <c>Read/QueryAuditLog</c> as audit entries.</summary>
internal static class AuditRows
{
    public static AuditEntry ToEntry(Row row) => new(
        row.Long("id"),
        row.Time("at"),
        row.String("actor"),
        Enum.Parse<CurationAction>(row.String("action")),
        row.String("target"),
        row.OptionalString("subject"),
        row.OptionalString("reason"),
        row.String("details"));
}

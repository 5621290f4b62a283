namespace GeoGraph.Storage.Sqlite.Migrations;

/// <summary>One forward-only schema step, <c>schema/sqlite/NNN_name.sql</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);

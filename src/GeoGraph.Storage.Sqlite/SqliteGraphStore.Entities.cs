using GeoGraph.Core;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // When several entities share a name ("Kandahar" could be named twice), the most cited one wins.
    private const string FindByName = """
        SELECT a.entity_id FROM aliases a
        WHERE a.alias_key = $key
        ORDER BY (SELECT COUNT(*) FROM claim_roles r WHERE r.entity_id = a.entity_id)
               + (SELECT COUNT(*) FROM claims c WHERE c.speaker_id = a.entity_id) DESC,
                 a.entity_id
        LIMIT 1
        """;

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
            return Task.FromResult<IReadOnlyList<Entity>>([]);
        var filter = new SqlFilter().Where("e.id IN (SELECT value FROM json_each($ids))", ("$ids", SqlValues.JsonArray(ids.Select(i => i.Value))));
        return ReadAsync(c => LoadEntitiesAsync(c, filter, "", cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Entity?> FindEntityByNameAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ReadAsync(async connection =>
        {
            var id = await ResolveNameAsync(connection, name, cancellationToken).ConfigureAwait(false);
            if (id is null)
                return null;
            var filter = new SqlFilter().Where("e.id = $id", ("$id", id));
            var found = await LoadEntitiesAsync(connection, filter, "", cancellationToken).ConfigureAwait(false);
            return found.Count == 0 ? null : found[0];
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        query = query.Validated();
        return ReadAsync(async connection =>
        {
            var filter = await EntityFilterAsync(connection, query, cancellationToken).ConfigureAwait(false);
            var total = await CountAsync(connection, $"SELECT COUNT(*) FROM entities e {filter.Sql}", filter, cancellationToken).ConfigureAwait(false);
            var items = await LoadEntitiesAsync(connection, filter, $"ORDER BY {EntitySortSql(query.Sort)} LIMIT {page.First} OFFSET {page.Offset}", cancellationToken).ConfigureAwait(false);
            return new Page<Entity>(items, page.Offset, total);
        }, cancellationToken);
    }

    /// <summary>The id of the entity a name, alias or id refers to, or null.</summary>
    private static async Task<string?> ResolveNameAsync(SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, FindByName);
        command.Parameters.AddWithValue("$key", Fold.NameKey(name));
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string id)
            return id;

        await using var byId = Command(connection, "SELECT id FROM entities WHERE id = $id");
        byId.Parameters.AddWithValue("$id", name.Trim());
        return await byId.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private static async Task<IReadOnlyList<Entity>> LoadEntitiesAsync(SqliteConnection connection, SqlFilter filter, string orderAndLimit, CancellationToken cancellationToken)
    {
        var rows = new List<EntityRow>();
        await using (var command = Command(connection, $"SELECT {EntityRows.Columns} FROM entities e {filter.Sql} {orderAndLimit}"))
        {
            filter.Bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                rows.Add(EntityRows.Read(reader));
        }
        if (rows.Count == 0)
            return [];

        var aliases = await LoadAliasesAsync(connection, rows.Select(r => r.Id), cancellationToken).ConfigureAwait(false);
        return rows.Select(r => EntityRows.ToEntity(r, OtherNames(r, aliases))).ToList();
    }

    private static List<string> OtherNames(EntityRow row, Dictionary<string, List<string>> aliases) =>
        aliases.TryGetValue(row.Id, out var names)
            ? names.Where(n => !string.Equals(n, row.Name, StringComparison.Ordinal)).ToList()
            : [];

    private static async Task<Dictionary<string, List<string>>> LoadAliasesAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT entity_id, alias FROM aliases WHERE entity_id IN (SELECT value FROM json_each($ids)) ORDER BY entity_id, alias");
        command.Parameters.AddWithValue("$ids", SqlValues.JsonArray(ids));
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            if (!result.TryGetValue(id, out var list))
                result[id] = list = [];
            list.Add(reader.GetString(1));
        }
        return result;
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

using System.Text.Json;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;
using GeoGraph.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string RelationOrder = "ORDER BY r.claim_count DESC, r.from_id, r.type, r.to_id";

    private const string EvidenceQuery = $"""
        SELECT k.value ->> '$[0]', k.value ->> '$[1]', k.value ->> '$[2]', {ClaimRows.Columns}
        FROM json_each($keys) k
        JOIN assertions s ON s.from_id = k.value ->> '$[0]' AND s.type = k.value ->> '$[1]' AND s.to_id = k.value ->> '$[2]'
        JOIN claims c ON c.id = s.claim_id
        WHERE c.retracted = 0
        ORDER BY c.reported_at, c.article_id, c.span_start
        """;

    /// <inheritdoc />
    public Task<Page<Relation>> QueryRelationsAsync(RelationQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        query = query.Validated();
        return ReadAsync(async connection =>
        {
            var selection = await RelationSelectionAsync(connection, query, cancellationToken).ConfigureAwait(false);
            int total;
            await using (var count = Command(connection, $"{selection.With} SELECT COUNT(*) FROM r {selection.Where}"))
            {
                selection.Bind(count);
                total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            }
            var items = await LoadRelationsAsync(connection, selection, $"ORDER BY {RelationSortSql(query.Sort)} LIMIT {page.First} OFFSET {page.Offset}", cancellationToken).ConfigureAwait(false);
            return new Page<Relation>(items, page.Offset, total);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<RelationKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
            return Task.FromResult<IReadOnlyList<Relation>>([]);
        var filter = new SqlFilter().Where(
            "EXISTS (SELECT 1 FROM json_each($keys) k WHERE r.from_id = k.value ->> '$[0]' AND r.type = k.value ->> '$[1]' AND r.to_id = k.value ->> '$[2]')",
            ("$keys", KeysJson(keys)));
        return ReadAsync<IReadOnlyList<Relation>>(async c => await LoadRelationsAsync(c, filter, RelationOrder, cancellationToken).ConfigureAwait(false), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<RelationKey, IReadOnlyList<Claim>>> GetEvidenceAsync(IReadOnlyCollection<RelationKey> relations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relations);
        if (relations.Count == 0)
            return Task.FromResult<IReadOnlyDictionary<RelationKey, IReadOnlyList<Claim>>>(new Dictionary<RelationKey, IReadOnlyList<Claim>>());
        var keys = KeysJson(relations);
        return ReadAsync(async connection =>
        {
            var claims = new List<Claim>();
            var owners = new List<RelationKey>();
            await using (var command = Command(connection, EvidenceQuery))
            {
                command.Parameters.AddWithValue("$keys", keys);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    owners.Add(new RelationKey(new EntityId(reader.GetString(0)), RelationRows.ParseType(reader.GetString(1)), new EntityId(reader.GetString(2))));
                    claims.Add(ClaimRows.Read(reader, first: 3));
                }
            }
            var detailed = claims.Count == 0 ? claims : await AttachDetailsAsync(connection, claims.DistinctBy(c => c.Id).ToList(), cancellationToken).ConfigureAwait(false);
            var byId = detailed.ToDictionary(c => c.Id);
            var result = relations.Distinct().ToDictionary(r => r, _ => (IReadOnlyList<Claim>)new List<Claim>());
            for (var i = 0; i < owners.Count; i++)
                ((List<Claim>)result[owners[i]]).Add(byId[claims[i].Id]);
            return (IReadOnlyDictionary<RelationKey, IReadOnlyList<Claim>>)result;
        }, cancellationToken);
    }

    private static string KeysJson(IEnumerable<RelationKey> keys) =>
        JsonSerializer.Serialize(keys.Distinct().Select(r => new[] { r.From.Value, r.Type.Name(), r.To.Value }));

    private static Task<List<Relation>> LoadRelationsAsync(SqliteConnection connection, SqlFilter filter, string orderAndLimit, CancellationToken cancellationToken) =>
        ReadRelationsAsync(connection, $"SELECT {RelationRows.Columns} FROM relations r {filter.Sql} {orderAndLimit}", filter.Bind, cancellationToken);

    private static Task<List<Relation>> LoadRelationsAsync(SqliteConnection connection, RelationSelection selection, string orderAndLimit, CancellationToken cancellationToken) =>
        ReadRelationsAsync(connection, $"{selection.With} SELECT {RelationRows.Columns} FROM r {selection.Where} {orderAndLimit}", selection.Bind, cancellationToken);

    private static async Task<List<Relation>> ReadRelationsAsync(SqliteConnection connection, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        var relations = new List<Relation>();
        await using var command = Command(connection, sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            relations.Add(RelationRows.Read(reader));
        return relations;
    }
}

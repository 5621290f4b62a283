using System.Text.Json;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Each pairing is written once per direction it may match in, so every join can use a key index.
    // $opposites rows are [type, opposite, sameDirectionOnly] from RelationOpposites.All.
    private static string ContradictionPairs(string scope, string columns, string tail) => $$"""
        WITH pairs AS (
            SELECT 'Denial' AS kind, a.claim_id AS a_claim, a.from_id AS a_from, a.type AS a_type, a.to_id AS a_to,
                   d.claim_id AS o_claim, d.from_id AS o_from, d.type AS o_type, d.to_id AS o_to
            FROM assertions a JOIN denials d ON d.from_id = a.from_id AND d.type = a.type AND d.to_id = a.to_id
            WHERE d.claim_id <> a.claim_id AND {{scope}}
            UNION ALL
            SELECT 'Denial', a.claim_id, a.from_id, a.type, a.to_id, d.claim_id, d.from_id, d.type, d.to_id
            FROM assertions a JOIN denials d ON d.from_id = a.to_id AND d.type = a.type AND d.to_id = a.from_id
            WHERE d.claim_id <> a.claim_id AND a.type IN (SELECT value FROM json_each($symmetric)) AND {{scope}}
            UNION ALL
            SELECT 'Opposite', a.claim_id, a.from_id, a.type, a.to_id, b.claim_id, b.from_id, b.type, b.to_id
            FROM json_each($opposites) p
            JOIN assertions a ON a.type = p.value ->> '$[0]'
            JOIN assertions b ON b.from_id = a.from_id AND b.type = p.value ->> '$[1]' AND b.to_id = a.to_id
            WHERE b.claim_id <> a.claim_id AND {{scope}}
            UNION ALL
            SELECT 'Opposite', a.claim_id, a.from_id, a.type, a.to_id, b.claim_id, b.from_id, b.type, b.to_id
            FROM json_each($opposites) p
            JOIN assertions a ON a.type = p.value ->> '$[0]'
            JOIN assertions b ON b.from_id = a.to_id AND b.type = p.value ->> '$[1]' AND b.to_id = a.from_id
            WHERE b.claim_id <> a.claim_id AND p.value ->> '$[2]' = 0 AND {{scope}}
        )
        SELECT {{columns}}
        FROM pairs JOIN claims ca ON ca.id = pairs.a_claim JOIN claims co ON co.id = pairs.o_claim
        WHERE ca.retracted = 0 AND co.retracted = 0
        {{tail}}
        """;

    private const string ContradictionColumns = "kind, a_claim, a_from, a_type, a_to, o_claim, o_from, o_type, o_to";

    private const string ContradictionOrder =
        "ORDER BY max(ca.reported_at, co.reported_at) DESC, a_claim, o_claim, a_from, a_type, a_to, o_from, o_type, o_to";

    private static readonly string SymmetricTypes = SqlValues.JsonArray(
        Enum.GetValues<RelationType>().Where(t => t.IsSymmetric()).Select(t => t.Name()));

    private static readonly string OppositeTypes = JsonSerializer.Serialize(
        RelationOpposites.All.Select(p => new object[] { p.Type.Name(), p.Opposite.Name(), p.SameDirectionOnly ? 1 : 0 }));

    /// <inheritdoc />
    public Task<Page<Contradiction>> GetContradictionsAsync(EntityId? entity, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var scope = entity is null ? "1" : "(a.from_id = $entity OR a.to_id = $entity)";
        return ReadAsync(async connection =>
        {
            int total;
            await using (var count = ContradictionCommand(connection, ContradictionPairs(scope, "COUNT(*)", ""), entity))
                total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

            var rows = new List<(ContradictionKind Kind, ClaimId Asserting, RelationAssertion Asserted, ClaimId Opposing, RelationAssertion Opposed)>();
            var sql = ContradictionPairs(scope, ContradictionColumns, $"{ContradictionOrder} LIMIT {page.First} OFFSET {page.Offset}");
            await using (var command = ContradictionCommand(connection, sql, entity))
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add((Enum.Parse<ContradictionKind>(reader.GetString(0)),
                        new ClaimId(reader.GetString(1)), ReadAssertion(reader, 2),
                        new ClaimId(reader.GetString(5)), ReadAssertion(reader, 6)));
                }
            }
            if (rows.Count == 0)
                return new Page<Contradiction>([], page.Offset, total);

            var ids = SqlValues.JsonArray(rows.SelectMany(r => new[] { r.Asserting.Value, r.Opposing.Value }).Distinct());
            var claims = (await LoadClaimsAsync(connection, new SqlFilter().Where("c.id IN (SELECT value FROM json_each($ids))", ("$ids", ids)), "", cancellationToken).ConfigureAwait(false))
                .ToDictionary(c => c.Id);
            var items = rows.Select(r => new Contradiction(r.Kind, claims[r.Asserting], r.Asserted, claims[r.Opposing], r.Opposed)).ToList();
            return new Page<Contradiction>(items, page.Offset, total);
        }, cancellationToken);
    }

    private static SqliteCommand ContradictionCommand(SqliteConnection connection, string sql, EntityId? entity)
    {
        var command = Command(connection, sql);
        command.Parameters.AddWithValue("$symmetric", SymmetricTypes);
        command.Parameters.AddWithValue("$opposites", OppositeTypes);
        if (entity is { } e)
            command.Parameters.AddWithValue("$entity", e.Value);
        return command;
    }

    private static RelationAssertion ReadAssertion(SqliteDataReader reader, int first) => new(
        new EntityId(reader.GetString(first)), RelationRows.ParseType(reader.GetString(first + 1)), new EntityId(reader.GetString(first + 2)));
}

using System.Globalization;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Counted per day in SQL (the first ten characters of a stored time are its UTC date) and folded into
    // weeks or months in C#, so buckets mean the same in every store.
    private const string MentionsPerDay = """
        SELECT substr(m.reported_at, 1, 10), COUNT(*)
        FROM claim_mentions m
        WHERE m.entity_id = $entity AND m.reported_at >= $since AND m.reported_at <= $until
        GROUP BY 1
        """;

    // UNION (not UNION ALL) keeps one row per claim and type, so a claim counts once per type.
    private const string RelationClaimsPerDay = """
        SELECT substr(c.reported_at, 1, 10), x.type, COUNT(*)
        FROM (SELECT claim_id, type FROM assertions WHERE from_id = $entity
              UNION
              SELECT claim_id, type FROM assertions WHERE to_id = $entity) x
        JOIN claims c ON c.id = x.claim_id
        WHERE c.retracted = 0 AND c.reported_at >= $since AND c.reported_at <= $until
        GROUP BY 1, 2
        """;

    private const string ClaimsPerDay = """
        SELECT substr(c.reported_at, 1, 10), COUNT(*)
        FROM claims c
        WHERE c.retracted = 0 AND c.reported_at >= $since AND c.reported_at <= $until
        GROUP BY 1
        """;

    private const string AssertingClaimsPerDay = """
        SELECT substr(c.reported_at, 1, 10), x.type, COUNT(*)
        FROM (SELECT DISTINCT claim_id, type FROM assertions) x
        JOIN claims c ON c.id = x.claim_id
        WHERE c.retracted = 0 AND c.reported_at >= $since AND c.reported_at <= $until
        GROUP BY 1, 2
        """;

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelineBucket>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Validated();
        return ReadAsync(async connection =>
        {
            var mentions = new SortedDictionary<DateOnly, int>();
            var relations = new Dictionary<DateOnly, SortedDictionary<RelationType, int>>();
            var (perDay, relationsPerDay) = query.Entity is null ? (ClaimsPerDay, AssertingClaimsPerDay) : (MentionsPerDay, RelationClaimsPerDay);
            await foreach (var row in DailyCountsAsync(connection, perDay, query, cancellationToken).ConfigureAwait(false))
            {
                var start = TimeBuckets.StartOf(Day(row.GetString(0)), query.Bucket);
                mentions[start] = mentions.GetValueOrDefault(start) + row.GetInt32(1);
            }
            await foreach (var row in DailyCountsAsync(connection, relationsPerDay, query, cancellationToken).ConfigureAwait(false))
            {
                var start = TimeBuckets.StartOf(Day(row.GetString(0)), query.Bucket);
                if (!relations.TryGetValue(start, out var types))
                    relations[start] = types = [];
                var type = RelationRows.ParseType(row.GetString(1));
                types[type] = types.GetValueOrDefault(type) + row.GetInt32(2);
            }
            return (IReadOnlyList<TimelineBucket>)mentions.Select(m => new TimelineBucket(
                m.Key,
                m.Value,
                relations.TryGetValue(m.Key, out var types) ? types.Select(t => new TimelineCount(t.Key, t.Value)).ToList() : [])).ToList();
        }, cancellationToken);
    }

    private static async IAsyncEnumerable<SqliteDataReader> DailyCountsAsync(
        SqliteConnection connection, string sql, TimelineQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql);
        if (query.Entity is { } entity)
            command.Parameters.AddWithValue("$entity", entity.Value);
        command.Parameters.AddWithValue("$since", StoredTime.Since(query.Since));
        command.Parameters.AddWithValue("$until", StoredTime.Until(query.Until));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            yield return reader;
    }

    private static DateTimeOffset Day(string isoDate) =>
        DateTimeOffset.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}

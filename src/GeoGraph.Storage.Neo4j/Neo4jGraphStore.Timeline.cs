using GeoGraph.Bolt.Values;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Parameters;
using static GeoGraph.Storage.Neo4j.Parameters.CypherParameters;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    /// <remarks>Counted per UTC day in Cypher and folded into weeks or months here, with the buckets every store shares.</remarks>
    public Task<IReadOnlyList<TimelineBucket>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Validated();
        // Without an entity the timeline is the whole graph's: every live claim, every asserting claim.
        var (perDay, relationsPerDay, parameters) = query.Entity is { } entity
            ? (Queries.TimelineMentions, Queries.TimelineRelations, Of(("entity", entity.Value), ("since", StoredValues.Time(query.Since)), ("until", StoredValues.Time(query.Until))))
            : (Queries.TimelineAllClaims, Queries.TimelineAllRelations, Of(("since", StoredValues.Time(query.Since)), ("until", StoredValues.Time(query.Until))));
        return ReadAsync(async tx =>
        {
            var mentions = new SortedDictionary<DateOnly, int>();
            foreach (var row in await tx.RunAsync(perDay, parameters, cancellationToken).ConfigureAwait(false))
            {
                var start = Bucket(row, query.Bucket);
                mentions[start] = mentions.GetValueOrDefault(start) + row.Int("claims");
            }

            var relations = new Dictionary<DateOnly, SortedDictionary<RelationType, int>>();
            foreach (var row in await tx.RunAsync(relationsPerDay, parameters, cancellationToken).ConfigureAwait(false))
            {
                var start = Bucket(row, query.Bucket);
                if (!relations.TryGetValue(start, out var types))
                    relations[start] = types = [];
                var type = RelationTypeNames.Parse(row.String("type"));
                types[type] = types.GetValueOrDefault(type) + row.Int("claims");
            }

            return (IReadOnlyList<TimelineBucket>)[.. mentions.Select(m => new TimelineBucket(
                m.Key,
                m.Value,
                relations.TryGetValue(m.Key, out var types) ? [.. types.Select(t => new TimelineCount(t.Key, t.Value))] : []))];
        }, cancellationToken);
    }

    private static DateOnly Bucket(Row row, TimeBucket bucket)
    {
        var day = row.GetValueOrDefault("day") as BoltDate ?? throw new InvalidOperationException("A timeline row without a day.");
        return TimeBuckets.StartOf(new DateTimeOffset(day.ToDateOnly(), TimeOnly.MinValue, TimeSpan.Zero), bucket);
    }
}

using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // SQLite sorts nulls first, as the port asks.
    private const string SpeakersQuery = """
        SELECT k.value ->> '$[0]', k.value ->> '$[1]', k.value ->> '$[2]', c.speaker_id, c.speaker_description, COUNT(*)
        FROM json_each($keys) k
        JOIN assertions s ON s.from_id = k.value ->> '$[0]' AND s.type = k.value ->> '$[1]' AND s.to_id = k.value ->> '$[2]'
        JOIN claims c ON c.id = s.claim_id
        WHERE c.retracted = 0
        GROUP BY 1, 2, 3, 4, 5
        ORDER BY 1, 2, 3, 6 DESC, 4, 5
        """;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<RelationKey, IReadOnlyList<RelationSpeaker>>> GetRelationSpeakersAsync(
        IReadOnlyCollection<RelationKey> relations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relations);
        var result = relations.Distinct().ToDictionary(r => r, _ => new List<RelationSpeaker>());
        if (result.Count == 0)
            return Task.FromResult<IReadOnlyDictionary<RelationKey, IReadOnlyList<RelationSpeaker>>>(new Dictionary<RelationKey, IReadOnlyList<RelationSpeaker>>());
        return ReadAsync(async connection =>
        {
            await using (var command = Command(connection, SpeakersQuery))
            {
                command.Parameters.AddWithValue("$keys", KeysJson(result.Keys));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var key = new RelationKey(new EntityId(reader.GetString(0)), RelationRows.ParseType(reader.GetString(1)), new EntityId(reader.GetString(2)));
                    var speaker = reader.IsDBNull(3) ? (EntityId?)null : new EntityId(reader.GetString(3));
                    result[key].Add(new RelationSpeaker(speaker, reader.NullableString(4), reader.GetInt32(5)));
                }
            }
            return (IReadOnlyDictionary<RelationKey, IReadOnlyList<RelationSpeaker>>)result.ToDictionary(p => p.Key, p => (IReadOnlyList<RelationSpeaker>)p.Value);
        }, cancellationToken);
    }
}

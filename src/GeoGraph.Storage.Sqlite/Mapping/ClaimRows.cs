using GeoGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite.Mapping;

/// <summary>Reads claim rows; roles and assertions are attached afterwards in one batch per page.</summary>
internal static class ClaimRows
{
    public const string Columns =
        "c.id, c.article_id, c.text, c.span_start, c.span_length, c.form, c.speaker_id, c.speaker_description, " +
        "c.reported_by_id, c.hedged, c.negated, c.reported_at, c.retracted";

    /// <summary>Reads a claim whose columns start at <paramref name="first"/>.</summary>
    public static Claim Read(SqliteDataReader reader, int first = 0) => new(
        new ClaimId(reader.GetString(first + 0)),
        new ArticleId(reader.GetString(first + 1)),
        reader.GetString(first + 2),
        new TextSpan(reader.GetInt32(first + 3), reader.GetInt32(first + 4)),
        Enum.Parse<ClaimForm>(reader.GetString(first + 5)),
        reader.IsDBNull(first + 6) ? null : new EntityId(reader.GetString(first + 6)),
        reader.NullableString(first + 7),
        reader.IsDBNull(first + 8) ? null : new EntityId(reader.GetString(first + 8)),
        reader.GetInt64(first + 9) != 0,
        reader.GetInt64(first + 10) != 0,
        [],
        [],
        [],
        StoredTime.Read(reader.GetString(first + 11)),
        reader.GetInt64(first + 12) != 0);
}

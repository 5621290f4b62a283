using GeoGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite.Mapping;

/// <summary>Reads article rows.</summary>
internal static class ArticleRows
{
    public const string Columns = "a.id, a.body, a.title, a.url, a.outlet, a.published_at, a.imported_at, a.superseded_by";

    public static Article Read(SqliteDataReader reader) => new(
        new ArticleId(reader.GetString(0)),
        reader.GetString(1),
        reader.NullableString(2),
        reader.NullableString(3),
        reader.NullableString(4),
        reader.IsDBNull(5) ? null : StoredTime.Read(reader.GetString(5)),
        StoredTime.Read(reader.GetString(6)))
    {
        SupersededBy = reader.IsDBNull(7) ? null : new ArticleId(reader.GetString(7)),
    };
}

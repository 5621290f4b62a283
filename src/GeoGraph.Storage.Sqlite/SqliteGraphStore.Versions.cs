using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string EarlierVersions = "SELECT id FROM articles WHERE url = $url AND id <> $id AND superseded_by IS NULL";

    private const string EarlierVersionKeys = """
        SELECT DISTINCT a.from_id, a.type, a.to_id
        FROM assertions a JOIN claims c ON c.id = a.claim_id
        WHERE c.article_id = $old AND c.retracted = 0
        """;

    private const string RetractEarlierVersion = """
        DELETE FROM claim_mentions WHERE claim_id IN (SELECT id FROM claims WHERE article_id = $old AND retracted = 0);
        UPDATE claims SET retracted = 1, retracted_reason = $reason WHERE article_id = $old AND retracted = 0;
        UPDATE articles SET superseded_by = $id WHERE id = $old;
        """;

    /// <summary>
    /// Inside the import's transaction: every earlier text stored under the article's URL is superseded, its
    /// claims retracted; returns those articles and the relations their claims supported, to be recomputed.
    /// </summary>
    private static async Task<(List<ArticleId> Superseded, List<RelationKey> Keys)> SupersedeEarlierVersionsAsync(
        SqliteConnection connection, SqliteTransaction transaction, Article article, CancellationToken cancellationToken)
    {
        var superseded = new List<ArticleId>();
        var keys = new List<RelationKey>();
        if (article.Url is null)
            return (superseded, keys);

        await using (var find = Command(connection, EarlierVersions, transaction, [("$url", article.Url), ("$id", article.Id.Value)]))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                superseded.Add(new ArticleId(reader.GetString(0)));
        }

        foreach (var old in superseded)
        {
            keys.AddRange(await RelationKeysAsync(connection, transaction, EarlierVersionKeys, [("$old", old.Value)], cancellationToken).ConfigureAwait(false));
            await ExecuteAsync(connection, transaction, RetractEarlierVersion,
                [("$old", old.Value), ("$id", article.Id.Value), ("$reason", $"Superseded by a later version of the article ({article.Id}).")],
                cancellationToken).ConfigureAwait(false);
        }
        return (superseded, keys);
    }
}

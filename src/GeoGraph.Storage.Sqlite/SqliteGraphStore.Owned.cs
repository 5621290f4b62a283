using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

/// <summary>Batched per-entity lists: each requested key gets its own page and total from one count and one page query.</summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>Runs a <c>SELECT owner, COUNT(*) … GROUP BY owner</c> statement.</summary>
    private static async Task<Dictionary<string, int>> CountPerOwnerAsync(SqliteConnection connection, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var command = Command(connection, sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            totals[reader.GetString(0)] = reader.GetInt32(1);
        return totals;
    }

    /// <summary>Reads rows of a page query whose column <paramref name="ownerColumn"/> names the key each row belongs to.</summary>
    private static async Task<(List<string> Owners, List<T> Rows)> ReadOwnedAsync<T>(
        SqliteConnection connection, string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, int ownerColumn, CancellationToken cancellationToken)
    {
        var owners = new List<string>();
        var rows = new List<T>();
        await using var command = Command(connection, sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            owners.Add(reader.GetString(ownerColumn));
            rows.Add(read(reader));
        }
        return (owners, rows);
    }

    /// <summary>One page per requested key, holding that key's rows in the order read, with its own total.</summary>
    private static Dictionary<EntityId, Page<T>> PagesPerOwner<T>(
        IReadOnlyCollection<EntityId> keys, Dictionary<string, int> totals, PageRequest page, List<string> owners, List<T> rows) =>
        PagesPerOwner(keys, k => k.Value, totals, page, owners, rows);

    /// <summary>One page per requested key (named in SQL by <paramref name="name"/>), with its own total.</summary>
    private static Dictionary<TKey, Page<T>> PagesPerOwner<TKey, T>(
        IReadOnlyCollection<TKey> keys, Func<TKey, string> name, Dictionary<string, int> totals, PageRequest page, List<string> owners, List<T> rows)
        where TKey : notnull
    {
        var items = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
            Append(items, owners[i], rows[i]);
        var result = new Dictionary<TKey, Page<T>>();
        foreach (var key in keys)
            result[key] = new Page<T>(items.GetValueOrDefault(name(key)) ?? [], page.Offset, totals.GetValueOrDefault(name(key)));
        return result;
    }
}

using GeoGraph.Core;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // bm25 is lower for better matches; hits report its negation so that higher is better.
    private const string EntityHits = """
        SELECT f.entity_id, -bm25(entities_fts), f.entity_id IN (SELECT entity_id FROM aliases WHERE alias_key = $key)
        FROM entities_fts f
        WHERE entities_fts MATCH $match
        ORDER BY 3 DESC, 2 DESC, 1
        LIMIT $limit
        """;

    private const string ClaimHits = """
        SELECT c.id, -bm25(claims_fts), c.text
        FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid
        WHERE claims_fts MATCH $match AND c.retracted = 0
        ORDER BY 2 DESC, 1
        LIMIT $limit
        """;

    private const string HitCounts = """
        SELECT (SELECT COUNT(*) FROM entities_fts WHERE entities_fts MATCH $nameMatch),
               (SELECT COUNT(*) FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid WHERE claims_fts MATCH $match AND c.retracted = 0)
        """;

    /// <inheritdoc />
    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var terms = SearchText.Terms(query.Text ?? "");
        var match = FullTextQuery.AllPrefixes(terms);
        if (match is null)
            return Task.FromResult(new Page<SearchHit>([], page.Offset, 0));
        var nameMatch = FullTextQuery.AllPrefixes(SearchRanking.NameTerms(terms))!;
        var entities = query.Kinds is null || query.Kinds.Contains(SearchHitKind.Entity);
        var claims = query.Kinds is null || query.Kinds.Contains(SearchHitKind.Claim);
        // Whichever hits end up on the page, they are among the best offset + first of their kind.
        var limit = page.Offset + page.First;
        return ReadAsync(async connection =>
        {
            var (entityCount, claimCount) = await CountHitsAsync(connection, nameMatch, match, cancellationToken).ConfigureAwait(false);
            var hits = new List<RankedSearchHit>();
            if (entities && limit > 0)
                hits.AddRange(await EntityHitsAsync(connection, nameMatch, Fold.NameKey(query.Text!), terms, limit, cancellationToken).ConfigureAwait(false));
            if (claims && limit > 0)
                hits.AddRange(await ClaimHitsAsync(connection, match, terms, limit, cancellationToken).ConfigureAwait(false));
            var total = (entities ? entityCount : 0) + (claims ? claimCount : 0);
            return new Page<SearchHit>(SearchRanking.Page(hits, page), page.Offset, total);
        }, cancellationToken);
    }

    private static async Task<(int Entities, int Claims)> CountHitsAsync(SqliteConnection connection, string nameMatch, string match, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, HitCounts);
        command.Parameters.AddWithValue("$nameMatch", nameMatch);
        command.Parameters.AddWithValue("$match", match);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private static async Task<List<RankedSearchHit>> EntityHitsAsync(
        SqliteConnection connection, string match, string key, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        var found = new List<(string Id, double Score, bool Exact)>();
        await using (var command = Command(connection, EntityHits))
        {
            command.Parameters.AddWithValue("$match", match);
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$limit", limit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                found.Add((reader.GetString(0), reader.GetDouble(1), reader.GetInt64(2) != 0));
        }
        if (found.Count == 0)
            return [];
        var names = await LoadNamesAsync(connection, found.Select(f => f.Id), cancellationToken).ConfigureAwait(false);
        return found.Select(f => SearchRanking.EntityHit(f.Id, f.Score, names.GetValueOrDefault(f.Id) ?? [], terms, f.Exact)).ToList();
    }

    private static async Task<List<RankedSearchHit>> ClaimHitsAsync(
        SqliteConnection connection, string match, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        var hits = new List<RankedSearchHit>();
        await using var command = Command(connection, ClaimHits);
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            hits.Add(SearchRanking.ClaimHit(reader.GetString(0), reader.GetDouble(1), reader.GetString(2), terms));
        return hits;
    }

    /// <summary>Each entity's names, canonical name first, then its aliases in order.</summary>
    private static async Task<Dictionary<string, List<string>>> LoadNamesAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        var names = await LoadAliasesAsync(connection, list, cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT id, name FROM entities WHERE id IN (SELECT value FROM json_each($ids))");
        command.Parameters.AddWithValue("$ids", SqlValues.JsonArray(list));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var name = reader.GetString(1);
            var aliases = names.GetValueOrDefault(reader.GetString(0)) ?? [];
            names[reader.GetString(0)] = [name, .. aliases.Where(a => !string.Equals(a, name, StringComparison.Ordinal))];
        }
        return names;
    }
}

using GeoGraph.Core;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string ClaimOrder = "ORDER BY c.reported_at DESC, c.article_id, c.span_start";

    // The speaker filter also finds claims made by the entity's officials and its unnamed spokespeople.
    private const string SpeakerCondition = """
        c.speaker_id IN (
            SELECT entity_id FROM aliases WHERE alias_key = $speaker
            UNION
            SELECT o.id FROM entities o JOIN aliases a ON a.entity_id = o.organisation_id WHERE a.alias_key = $speaker)
        """;

    // A place filter naming a country also finds claims about the country's provinces.
    private const string PlaceCondition = """
        EXISTS (SELECT 1 FROM claim_roles r WHERE r.claim_id = c.id AND r.role = 'PLACE' AND r.entity_id IN (
            SELECT entity_id FROM aliases WHERE alias_key = $place
            UNION
            SELECT p.id FROM entities p JOIN aliases a ON a.entity_id = p.country_id WHERE a.alias_key = $place))
        """;

    private const string AboutCondition = """
        EXISTS (SELECT 1 FROM claim_roles r JOIN aliases a ON a.entity_id = r.entity_id
                WHERE r.claim_id = c.id AND r.role = 'ABOUT' AND a.alias_key = $about)
        """;

    private const string RelationCondition = """
        EXISTS (SELECT 1 FROM assertions s WHERE s.claim_id = c.id AND s.from_id = $relFrom AND s.type = $relType AND s.to_id = $relTo)
        """;

    private const string RelationTypeCondition = "EXISTS (SELECT 1 FROM assertions s WHERE s.claim_id = c.id AND s.type = $relationType)";

    private const string ReportedByCondition = "c.reported_by_id IN (SELECT entity_id FROM aliases WHERE alias_key = $reportedBy)";

    private const string OutletCondition = "c.article_id IN (SELECT id FROM articles WHERE outlet = $outlet COLLATE NOCASE)";

    /// <inheritdoc />
    public Task<IReadOnlyList<Claim>> GetClaimsAsync(IReadOnlyCollection<ClaimId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
            return Task.FromResult<IReadOnlyList<Claim>>([]);
        var filter = new SqlFilter()
            .Where("c.retracted = 0")
            .Where("c.id IN (SELECT value FROM json_each($ids))", ("$ids", SqlValues.JsonArray(ids.Select(i => i.Value))));
        return ReadAsync(c => LoadClaimsAsync(c, filter, ClaimOrder, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<Claim>> QueryClaimsAsync(ClaimQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var filter = ClaimFilter(query.Validated());
        return ReadAsync(async connection =>
        {
            var total = await CountAsync(connection, $"SELECT COUNT(*) FROM claims c {filter.Sql}", filter, cancellationToken).ConfigureAwait(false);
            var items = await LoadClaimsAsync(connection, filter, $"ORDER BY {ClaimSortSql(query.Sort)} LIMIT {page.First} OFFSET {page.Offset}", cancellationToken).ConfigureAwait(false);
            return new Page<Claim>(items, page.Offset, total);
        }, cancellationToken);
    }

    private static SqlFilter ClaimFilter(ClaimQuery query)
    {
        var filter = new SqlFilter().Where("c.retracted = 0");
        if (!string.IsNullOrWhiteSpace(query.Speaker))
            filter.Where(SpeakerCondition, ("$speaker", Fold.NameKey(query.Speaker)));
        if (!string.IsNullOrWhiteSpace(query.About))
            filter.Where(AboutCondition, ("$about", Fold.NameKey(query.About)));
        if (!string.IsNullOrWhiteSpace(query.Place))
            filter.Where(PlaceCondition, ("$place", Fold.NameKey(query.Place)));
        if (query.Article is { } article)
            filter.Where("c.article_id = $article", ("$article", article.Value));
        if (query.Form is { } form)
            filter.Where("c.form = $form", ("$form", form.ToString()));
        if (query.Hedged is { } hedged)
            filter.Where("c.hedged = $hedged", ("$hedged", hedged ? 1 : 0));
        if (query.Text is { } text)
        {
            // Text with no words at all matches nothing rather than everything.
            var match = FullTextQuery.AllWords(text);
            filter.Where(match is null ? "0" : "c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH $text)", ("$text", match ?? ""));
        }
        if (query.Relation is { } relation)
        {
            filter.Where(RelationCondition,
                ("$relFrom", relation.From.Value), ("$relType", relation.Type.Name()), ("$relTo", relation.To.Value));
        }
        if (query.Since is { } since)
            filter.Where("c.reported_at >= $since", ("$since", StoredTime.Write(since)));
        if (query.Until is { } until)
            filter.Where("c.reported_at <= $until", ("$until", StoredTime.Write(until)));
        if (query.SpeakerId is { } speakerId)
            filter.Where("c.speaker_id = $speakerId", ("$speakerId", speakerId.Value));
        if (query.AboutId is { } aboutId)
            filter.Where("EXISTS (SELECT 1 FROM claim_roles r WHERE r.claim_id = c.id AND r.role = 'ABOUT' AND r.entity_id = $aboutId)", ("$aboutId", aboutId.Value));
        if (!string.IsNullOrWhiteSpace(query.ReportedBy))
            filter.Where(ReportedByCondition, ("$reportedBy", Fold.NameKey(query.ReportedBy)));
        if (query.Negated is { } negated)
            filter.Where("c.negated = $negated", ("$negated", negated ? 1 : 0));
        if (query.RelationType is { } relationType)
            filter.Where(RelationTypeCondition, ("$relationType", relationType.Name()));
        if (!string.IsNullOrWhiteSpace(query.Outlet))
            filter.Where(OutletCondition, ("$outlet", query.Outlet.Trim()));
        return filter;
    }

    /// <summary>The ORDER BY terms of a claim sort over claims aliased <c>c</c>.</summary>
    private static string ClaimSortSql(ClaimSort sort) => sort switch
    {
        ClaimSort.Oldest => "c.reported_at, c.article_id, c.span_start",
        _ => "c.reported_at DESC, c.article_id, c.span_start",
    };

    private static async Task<IReadOnlyList<Claim>> LoadClaimsAsync(SqliteConnection connection, SqlFilter filter, string orderAndLimit, CancellationToken cancellationToken)
    {
        var claims = new List<Claim>();
        await using (var command = Command(connection, $"SELECT {ClaimRows.Columns} FROM claims c {filter.Sql} {orderAndLimit}"))
        {
            filter.Bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                claims.Add(ClaimRows.Read(reader));
        }
        return claims.Count == 0 ? claims : await AttachDetailsAsync(connection, claims, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fills in the about, places, relations and denials of a batch of claims with three queries in all.</summary>
    private static async Task<IReadOnlyList<Claim>> AttachDetailsAsync(SqliteConnection connection, List<Claim> claims, CancellationToken cancellationToken)
    {
        var ids = SqlValues.JsonArray(claims.Select(c => c.Id.Value));
        var about = new Dictionary<string, List<EntityId>>(StringComparer.Ordinal);
        var places = new Dictionary<string, List<EntityId>>(StringComparer.Ordinal);
        var relations = new Dictionary<string, List<RelationAssertion>>(StringComparer.Ordinal);
        var denials = new Dictionary<string, List<RelationAssertion>>(StringComparer.Ordinal);

        await using (var roles = Command(connection, "SELECT claim_id, role, entity_id FROM claim_roles WHERE claim_id IN (SELECT value FROM json_each($ids)) ORDER BY claim_id, role, position"))
        {
            roles.Parameters.AddWithValue("$ids", ids);
            await using var reader = await roles.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var target = reader.GetString(1) == "PLACE" ? places : about;
                Append(target, reader.GetString(0), new EntityId(reader.GetString(2)));
            }
        }

        await ReadRelationAssertionsAsync(connection, "assertions", ids, relations, cancellationToken).ConfigureAwait(false);
        await ReadRelationAssertionsAsync(connection, "denials", ids, denials, cancellationToken).ConfigureAwait(false);

        return claims.Select(c => c with
        {
            About = about.GetValueOrDefault(c.Id.Value) ?? [],
            Places = places.GetValueOrDefault(c.Id.Value) ?? [],
            Relations = relations.GetValueOrDefault(c.Id.Value) ?? [],
            Denied = denials.GetValueOrDefault(c.Id.Value) ?? [],
        }).ToList();
    }

    /// <summary>Reads the rows of <paramref name="table"/> (assertions or denials) of a batch of claims.</summary>
    private static async Task ReadRelationAssertionsAsync(
        SqliteConnection connection, string table, string claimIds, Dictionary<string, List<RelationAssertion>> into, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, $"SELECT claim_id, from_id, type, to_id FROM {table} WHERE claim_id IN (SELECT value FROM json_each($ids)) ORDER BY claim_id, from_id, type, to_id");
        command.Parameters.AddWithValue("$ids", claimIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            Append(into, reader.GetString(0), new RelationAssertion(
                new EntityId(reader.GetString(1)), RelationRows.ParseType(reader.GetString(2)), new EntityId(reader.GetString(3))));
        }
    }

    private static void Append<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        list.Add(value);
    }
}

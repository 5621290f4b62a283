using GeoGraph.Core;
using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string MentionCount = "(SELECT COUNT(*) FROM claim_mentions m WHERE m.entity_id = e.id)";

    // Tied to a country: its provinces and national organisations, their officials, and whoever is present in
    // or controls the country or one of its provinces.
    private const string CountryCondition = """
        e.country_id = $country
        OR (e.kind = 'Official' AND e.organisation_id IN (SELECT id FROM entities WHERE kind = 'Organisation' AND country_id = $country))
        OR EXISTS (SELECT 1 FROM relations r
                   WHERE r.from_id = e.id AND r.type IN ('PRESENT_IN', 'CONTROLS')
                     AND (r.to_id = $country OR r.to_id IN (SELECT id FROM entities WHERE kind = 'Province' AND country_id = $country)))
        """;

    private const string OrganisationCondition = """
        (e.kind = 'Official' AND e.organisation_id = $organisation) OR (e.kind = 'Organisation' AND e.part_of_id = $organisation)
        """;

    private static async Task<SqlFilter> EntityFilterAsync(SqliteConnection connection, EntityQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter();
        if (query.Kind is { } kind)
            filter.Where("e.kind = $kind", ("$kind", kind.ToString()));
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + EscapeLike(Fold.NameKey(query.Search)) + "%";
            filter.Where("EXISTS (SELECT 1 FROM aliases s WHERE s.entity_id = e.id AND s.alias_key LIKE $search ESCAPE '\\')", ("$search", pattern));
        }
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            // A country nobody knows ties nothing to itself: an empty page, not every entity.
            var country = await ResolveNameAsync(connection, query.Country, cancellationToken).ConfigureAwait(false);
            filter.Where(CountryCondition, ("$country", country ?? ""));
        }
        if (!string.IsNullOrWhiteSpace(query.Organisation))
        {
            var organisation = await ResolveNameAsync(connection, query.Organisation, cancellationToken).ConfigureAwait(false);
            filter.Where(OrganisationCondition, ("$organisation", organisation ?? ""));
        }
        if (query.MinClaims is { } minClaims && minClaims > 0)
            filter.Where($"{MentionCount} >= $minClaims", ("$minClaims", minClaims));
        return filter;
    }

    private static string EntitySortSql(EntitySort sort) => sort switch
    {
        EntitySort.ClaimCount => $"{MentionCount} DESC, e.name_key, e.id",
        EntitySort.Newest => "(SELECT MAX(m.reported_at) FROM claim_mentions m WHERE m.entity_id = e.id) DESC NULLS LAST, e.name_key, e.id",
        EntitySort.Oldest => "(SELECT MIN(m.reported_at) FROM claim_mentions m WHERE m.entity_id = e.id) ASC NULLS LAST, e.name_key, e.id",
        _ => "e.name_key, e.id",
    };
}

using GeoGraph.Core.Model;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite.Queries;

/// <summary>
/// Relations as one query sees them, as a CTE named <c>r</c> with the relations table's columns: the stored
/// aggregates, or, with a time window, aggregates recomputed over the live evidence reported in it. Scope
/// conditions (on the keys, alias <c>x</c>) narrow the rows before aggregation so indexes on the keys apply;
/// conditions on the aggregates (alias <c>r</c>) apply after.
/// </summary>
internal sealed class RelationSelection
{
    private readonly SqlFilter _scope = new();
    private readonly SqlFilter _aggregates = new();
    private readonly bool _windowed;

    public RelationSelection(RelationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _windowed = filter.Windowed;
        if (_windowed)
        {
            _scope.Param("$since", StoredTime.Since(filter.Since));
            _scope.Param("$until", StoredTime.Until(filter.Until));
        }
        if (filter.Types is { } types)
            _scope.Where("x.type IN (SELECT value FROM json_each($types))", ("$types", SqlValues.JsonArray(types.Select(t => t.Name()))));
        if (filter.MinClaims > 1)
            _aggregates.Where("r.claim_count >= $minClaims", ("$minClaims", filter.MinClaims));
        if (!filter.IncludeHedged)
            _aggregates.Where("r.hedged_count < r.claim_count");
        if (filter.HedgedOnly)
            _aggregates.Where("r.hedged_count = r.claim_count");
    }

    /// <summary>Narrows the keys; <paramref name="condition"/> refers to the key columns through alias <c>x</c>.</summary>
    public RelationSelection Scope(string condition, params (string Name, object Value)[] parameters)
    {
        _scope.Where(condition, parameters);
        return this;
    }

    /// <summary><c>WITH r AS (…)</c>, to put before a statement reading <c>r</c>.</summary>
    public string With => $"WITH r AS ({Source})";

    /// <summary>The conditions on the aggregates, over alias <c>r</c>, as a WHERE clause (or nothing).</summary>
    public string Where => _aggregates.Sql;

    /// <summary>The conditions on the aggregates, over alias <c>r</c>, joined with AND.</summary>
    public string Conditions => _aggregates.Conditions;

    public void Bind(SqliteCommand command)
    {
        _scope.Bind(command);
        _aggregates.Bind(command);
    }

    private string Source => _windowed
        ? $"""
          SELECT x.from_id, x.type, x.to_id, COUNT(*) AS claim_count, SUM(c.hedged) AS hedged_count,
                 MIN(c.reported_at) AS first_reported, MAX(c.reported_at) AS last_reported
          FROM assertions x JOIN claims c ON c.id = x.claim_id
          WHERE c.retracted = 0 AND c.negated = 0 AND c.reported_at >= $since AND c.reported_at <= $until AND {_scope.Conditions}
          GROUP BY x.from_id, x.type, x.to_id
          """
        : $"SELECT x.from_id, x.type, x.to_id, x.claim_count, x.hedged_count, x.first_reported, x.last_reported FROM relations x WHERE {_scope.Conditions}";
}

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
    public Task<Page<Contradiction>> GetContradictionsAsync(EntityId? entity, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var parameters = Of(("rules", ContradictionRules.All), ("entity", entity?.Value), ("skip", page.Offset), ("limit", page.First));
        return ReadAsync(async tx =>
        {
            var (total, rows) = TotalAndPage(await SingleAsync(tx, Queries.GetContradictions, parameters, cancellationToken).ConfigureAwait(false));
            var pairs = rows.Cast<Row>().ToList();
            var claims = await LoadClaimsAsync(tx, pairs.SelectMany(p => new[] { p.String("asserting"), p.String("opposing") }), cancellationToken).ConfigureAwait(false);
            var items = pairs
                .Where(p => claims.ContainsKey(p.String("asserting")) && claims.ContainsKey(p.String("opposing")))
                .Select(p => new Contradiction(
                    Enum.Parse<ContradictionKind>(p.String("kind")),
                    claims[p.String("asserting")],
                    RowValues.ToAssertion(p["asserted"]),
                    claims[p.String("opposing")],
                    RowValues.ToAssertion(p["opposed"])))
                .ToList();
            return new Page<Contradiction>(items, page.Offset, total);
        }, cancellationToken);
    }
}

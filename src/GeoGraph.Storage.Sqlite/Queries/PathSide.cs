using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Sqlite.Queries;

/// <summary>
/// One side of a bidirectional breadth-first search: how far each reached node is from the side's origin,
/// the current frontier, and every relation that reaches a node from the level before it.
/// </summary>
internal sealed class PathSide
{
    private readonly Dictionary<string, int> _distance = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Relation Relation, string Previous)>> _parents = new(StringComparer.Ordinal);

    public PathSide(string origin)
    {
        _distance[origin] = 0;
        Frontier = [origin];
    }

    public List<string> Frontier { get; private set; }

    /// <summary>How many levels this side has expanded.</summary>
    public int Depth { get; private set; }

    public IReadOnlyDictionary<string, int> Distance => _distance;

    /// <summary>Grows one level over <paramref name="incident"/>, the relations touching the frontier.</summary>
    public void Expand(IEnumerable<Relation> incident)
    {
        var frontier = new HashSet<string>(Frontier, StringComparer.Ordinal);
        var next = new List<string>();
        foreach (var relation in incident)
        {
            Reach(relation, relation.From.Value, relation.To.Value, frontier, next);
            Reach(relation, relation.To.Value, relation.From.Value, frontier, next);
        }
        Frontier = next;
        Depth++;
    }

    /// <summary>The relations and nodes one level nearer the origin than <paramref name="node"/>.</summary>
    public IReadOnlyList<(Relation Relation, string Previous)> Parents(string node) =>
        _parents.TryGetValue(node, out var parents) ? parents : [];

    private void Reach(Relation relation, string from, string to, HashSet<string> frontier, List<string> next)
    {
        if (!frontier.Contains(from))
            return;
        if (!_distance.TryGetValue(to, out var distance))
        {
            distance = Depth + 1;
            _distance[to] = distance;
            next.Add(to);
        }
        if (distance != Depth + 1)
            return;
        if (!_parents.TryGetValue(to, out var parents))
            _parents[to] = parents = [];
        parents.Add((relation, from));
    }
}

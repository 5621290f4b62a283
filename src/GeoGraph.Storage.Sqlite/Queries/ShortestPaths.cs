using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;

namespace GeoGraph.Storage.Sqlite.Queries;

/// <summary>
/// Bidirectional breadth-first search for every shortest path between two nodes, then enumeration of them
/// in the port's order (at the first differing step: more claims first, then the smaller relation key),
/// stopping after the number asked for, so the work stays bounded however many shortest paths exist.
/// </summary>
internal sealed class ShortestPaths(string from, string to)
{
    private readonly PathSide _forward = new(from);
    private readonly PathSide _backward = new(to);
    private List<string> _meeting = [];

    /// <summary>True once the two searches have met (a shortest path is known) or one ran out of nodes.</summary>
    public bool Done => _meeting.Count > 0 || _forward.Frontier.Count == 0 || _backward.Frontier.Count == 0;

    /// <summary>Levels expanded so far on both sides: the length of any path found now.</summary>
    public int Hops => _forward.Depth + _backward.Depth;

    /// <summary>The side to grow next: the one with the smaller frontier, so hubs are crossed as late as possible.</summary>
    public PathSide Next => _backward.Frontier.Count < _forward.Frontier.Count ? _backward : _forward;

    /// <summary>Grows <paramref name="side"/> one level and looks for nodes both sides have reached.</summary>
    public void Expand(PathSide side, IEnumerable<Relation> incident)
    {
        side.Expand(incident);
        // Before this level the sides shared nothing, so every shared node now is exactly Hops away
        // along some path: at the forward side's depth from the start and the backward side's from the end.
        _meeting = side.Frontier.Where(n => _forward.Distance.ContainsKey(n) && _backward.Distance.ContainsKey(n)).ToList();
    }

    public IReadOnlyList<RelationPath> Enumerate(int maxPaths)
    {
        if (_meeting.Count == 0)
            return [];
        var onPath = NodesLeadingTo(_meeting);
        var forwardSteps = new Dictionary<string, List<(Relation Relation, string Next)>>(StringComparer.Ordinal);
        foreach (var node in onPath)
        {
            foreach (var (relation, previous) in _forward.Parents(node))
            {
                if (!forwardSteps.TryGetValue(previous, out var steps))
                    forwardSteps[previous] = steps = [];
                steps.Add((relation, node));
            }
        }

        var paths = new List<RelationPath>();
        var nodes = new List<string> { from };
        var relations = new List<Relation>();
        Walk(from, nodes, relations, forwardSteps, paths, maxPaths);
        return paths;
    }

    private void Walk(
        string node, List<string> nodes, List<Relation> relations,
        Dictionary<string, List<(Relation Relation, string Next)>> forwardSteps, List<RelationPath> paths, int maxPaths)
    {
        if (paths.Count >= maxPaths)
            return;
        if (relations.Count == Hops)
        {
            paths.Add(new RelationPath(nodes.Select(n => new EntityId(n)).ToList(), relations.ToList()));
            return;
        }
        // Up to the forward depth the path follows the forward search; after it, the backward one towards the end.
        IEnumerable<(Relation Relation, string Next)> steps = relations.Count < _forward.Depth
            ? forwardSteps.GetValueOrDefault(node) ?? []
            : _backward.Parents(node);
        foreach (var (relation, next) in steps.OrderByDescending(s => s.Relation.ClaimCount).ThenBy(s => s.Relation.Key, RelationKeyOrder.Instance))
        {
            nodes.Add(next);
            relations.Add(relation);
            Walk(next, nodes, relations, forwardSteps, paths, maxPaths);
            nodes.RemoveAt(nodes.Count - 1);
            relations.RemoveAt(relations.Count - 1);
        }
    }

    /// <summary>The meeting nodes and every node on a forward-search route from the start to one of them.</summary>
    private HashSet<string> NodesLeadingTo(List<string> meeting)
    {
        var onPath = new HashSet<string>(meeting, StringComparer.Ordinal);
        var pending = new Queue<string>(meeting);
        while (pending.TryDequeue(out var node))
        {
            foreach (var (_, previous) in _forward.Parents(node))
            {
                if (onPath.Add(previous))
                    pending.Enqueue(previous);
            }
        }
        return onPath;
    }
}

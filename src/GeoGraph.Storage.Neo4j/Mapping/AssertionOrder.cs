using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Neo4j.Mapping;

/// <summary>Orders relations by from id, type name and to id, ordinally: the tiebreak every relation list uses.</summary>
internal sealed class AssertionOrder : IComparer<RelationAssertion>, IComparer<RelationKey>
{
    public static AssertionOrder Instance { get; } = new();

    public int Compare(RelationAssertion x, RelationAssertion y) => Compare(new RelationKey(x.From, x.Type, x.To), new RelationKey(y.From, y.Type, y.To));

    public int Compare(RelationKey x, RelationKey y)
    {
        var from = string.CompareOrdinal(x.From.Value, y.From.Value);
        if (from != 0)
            return from;
        var type = string.CompareOrdinal(x.Type.Name(), y.Type.Name());
        return type != 0 ? type : string.CompareOrdinal(x.To.Value, y.To.Value);
    }
}

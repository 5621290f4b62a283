using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Sqlite.Queries;

/// <summary>Orders relation keys by from id, type name and to id, ordinally, as the SQL tiebreaks do.</summary>
internal sealed class RelationKeyOrder : IComparer<RelationKey>
{
    public static RelationKeyOrder Instance { get; } = new();

    public int Compare(RelationKey x, RelationKey y)
    {
        var from = string.CompareOrdinal(x.From.Value, y.From.Value);
        if (from != 0)
            return from;
        var type = string.CompareOrdinal(x.Type.Name(), y.Type.Name());
        return type != 0 ? type : string.CompareOrdinal(x.To.Value, y.To.Value);
    }
}

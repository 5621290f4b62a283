using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage.Rules;

/// <summary>
/// Orders relations by from id, type name (<see cref="RelationTypes.Name"/>) and to id, each compared ordinally:
/// the tiebreak of every relation list, path step and claim's relation list, in every store.
/// </summary>
public sealed class RelationKeyOrder : IComparer<RelationKey>, IComparer<RelationAssertion>
{
    private RelationKeyOrder()
    {
    }

    /// <summary>The order; it has no state, so one instance serves everyone.</summary>
    public static RelationKeyOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(RelationKey x, RelationKey y)
    {
        var from = string.CompareOrdinal(x.From.Value, y.From.Value);
        if (from != 0)
            return from;
        var type = string.CompareOrdinal(x.Type.Name(), y.Type.Name());
        return type != 0 ? type : string.CompareOrdinal(x.To.Value, y.To.Value);
    }

    /// <inheritdoc />
    public int Compare(RelationAssertion x, RelationAssertion y) =>
        Compare(new RelationKey(x.From, x.Type, x.To), new RelationKey(y.From, y.Type, y.To));
}

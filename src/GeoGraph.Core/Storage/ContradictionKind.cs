namespace GeoGraph.Core.Storage;

/// <summary>Why two claims contradict each other.</summary>
public enum ContradictionKind
{
    /// <summary>One claim asserts a relation the other denies (<see cref="Model.Claim.Denied"/>).</summary>
    Denial,

    /// <summary>The claims assert opposite relations for the same pair (<see cref="Model.RelationOpposites"/>).</summary>
    Opposite,
}

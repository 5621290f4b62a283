namespace GeoGraph.Core.Storage;

/// <summary>Which end of a relation an entity must be at.</summary>
public enum RelationDirection
{
    /// <summary>Either end.</summary>
    Any,

    /// <summary>The subject (from) end: the entity's own relations, such as where it is <c>PRESENT_IN</c>.</summary>
    Outgoing,

    /// <summary>The object (to) end.</summary>
    Incoming,
}

namespace GeoGraph.Core.Model;

/// <summary>The relation vocabulary (docs: RELATIONS.md). Direction is subject → object as the claim states it.</summary>
public enum RelationType
{
    /// <summary>Allied with, fights alongside.</summary>
    AlliedWith,

    /// <summary>Trying to get closer to, courting.</summary>
    SeeksAllianceWith,

    /// <summary>In touch with, has ties to.</summary>
    InContactWith,

    /// <summary>Cut ties with, broke with.</summary>
    CutTiesWith,

    /// <summary>Negotiating with, in talks with.</summary>
    NegotiatesWith,

    /// <summary>Funds, arms, backs, harbours.</summary>
    Supports,

    /// <summary>Attacked, struck, ambushed.</summary>
    Attacks,

    /// <summary>Threatened, vowed to attack.</summary>
    Threatens,

    /// <summary>Accused, blamed.</summary>
    Accuses,

    /// <summary>A faction, branch, affiliate or mission of.</summary>
    PartOf,

    /// <summary>Present, active, based or deployed in a place.</summary>
    PresentIn,

    /// <summary>Controls, holds or seized a place.</summary>
    Controls,
}

namespace GeoGraph.Core.Model;

/// <summary>The five kinds of named thing the graph holds.</summary>
public enum EntityKind
{
    /// <summary>A state body, alliance, mission, ministry, security force, news outlet, NGO…</summary>
    Organisation,

    /// <summary>An armed or political non-state group.</summary>
    Group,

    /// <summary>A person with a title, usually speaking for an organisation.</summary>
    Official,

    /// <summary>A country (ISO 3166-1).</summary>
    Country,

    /// <summary>A first-level subdivision of a country (ISO 3166-2 where one exists).</summary>
    Province,
}

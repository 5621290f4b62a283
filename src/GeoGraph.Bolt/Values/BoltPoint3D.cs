namespace GeoGraph.Bolt.Values;

/// <summary>A three-dimensional point (PackStream structure <c>Y</c>); SRID 4979 is WGS-84 3D, 9157 Cartesian 3D.</summary>
/// <param name="Srid">The coordinate reference system.</param>
/// <param name="X">The x coordinate.</param>
/// <param name="Y">The y coordinate.</param>
/// <param name="Z">The z coordinate.</param>
public sealed record BoltPoint3D(int Srid, double X, double Y, double Z)
{
    /// <summary>SRID of WGS-84 3D points.</summary>
    public const int Wgs84 = 4979;

    /// <summary>SRID of Cartesian 3D points.</summary>
    public const int Cartesian = 9157;
}

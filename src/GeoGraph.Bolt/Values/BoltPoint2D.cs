namespace GeoGraph.Bolt.Values;

/// <summary>A two-dimensional point (PackStream structure <c>X</c>); SRID 4326 is WGS-84 (x = longitude), 7203 Cartesian.</summary>
/// <param name="Srid">The coordinate reference system.</param>
/// <param name="X">The x coordinate (longitude for geographic systems).</param>
/// <param name="Y">The y coordinate (latitude for geographic systems).</param>
public sealed record BoltPoint2D(int Srid, double X, double Y)
{
    /// <summary>SRID of WGS-84 longitude/latitude points.</summary>
    public const int Wgs84 = 4326;

    /// <summary>SRID of Cartesian 2D points.</summary>
    public const int Cartesian = 7203;
}

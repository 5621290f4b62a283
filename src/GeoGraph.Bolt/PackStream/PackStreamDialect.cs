namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// The protocol-version-dependent parts of value encoding: Bolt 5 adds element ids to graph
/// structures and sends DateTime in UTC form (tags <c>I</c>/<c>i</c>); Bolt 4.4 does so only with the <c>utc</c> patch.
/// </summary>
/// <param name="ElementIds">Graph structures carry element ids (Bolt 5+).</param>
/// <param name="UtcDateTime">DateTime values use the UTC tags rather than the legacy wall-clock ones.</param>
internal readonly record struct PackStreamDialect(bool ElementIds, bool UtcDateTime)
{
    public static PackStreamDialect Bolt5 => new(true, true);

    public static PackStreamDialect Bolt44(bool utcPatch) => new(false, utcPatch);
}

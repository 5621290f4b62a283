namespace GeoGraph.Bolt.Connections;

/// <summary>A negotiated Bolt protocol version, e.g. 5.4.</summary>
/// <param name="Major">The major version.</param>
/// <param name="Minor">The minor version.</param>
public readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    /// <summary>Bolt 4.4, the oldest version GeoGraph.Bolt speaks.</summary>
    public static readonly BoltVersion Bolt44 = new(4, 4);

    /// <summary>Bolt 5.0: element ids and UTC DateTime.</summary>
    public static readonly BoltVersion Bolt50 = new(5, 0);

    /// <summary>Bolt 5.1: authentication moves to LOGON.</summary>
    public static readonly BoltVersion Bolt51 = new(5, 1);

    /// <summary>Bolt 5.3: HELLO carries bolt_agent.</summary>
    public static readonly BoltVersion Bolt53 = new(5, 3);

    /// <summary>Bolt 5.8, the newest version GeoGraph.Bolt speaks.</summary>
    public static readonly BoltVersion Bolt58 = new(5, 8);

    /// <summary>Compares by major, then minor.</summary>
    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>True when this version is at least <paramref name="other"/>.</summary>
    public bool IsAtLeast(BoltVersion other) => CompareTo(other) >= 0;

    /// <summary>True for the versions this client implements: 4.4 and 5.0–5.8 except the never-released 5.5.</summary>
    public bool IsSupported => this == Bolt44 || (Major == 5 && Minor is >= 0 and <= 8 and not 5);

    /// <summary>"5.4".</summary>
    public override string ToString() => $"{Major}.{Minor}";

    /// <summary>Orders versions.</summary>
    public static bool operator <(BoltVersion left, BoltVersion right) => left.CompareTo(right) < 0;

    /// <summary>Orders versions.</summary>
    public static bool operator >(BoltVersion left, BoltVersion right) => left.CompareTo(right) > 0;

    /// <summary>Orders versions.</summary>
    public static bool operator <=(BoltVersion left, BoltVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Orders versions.</summary>
    public static bool operator >=(BoltVersion left, BoltVersion right) => left.CompareTo(right) >= 0;
}

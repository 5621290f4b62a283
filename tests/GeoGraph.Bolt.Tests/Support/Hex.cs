namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Byte vectors written the way the spec prints them: "C9 00 80".</summary>
public static class Hex
{
    public static byte[] Parse(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    /// <summary>"61" repeated <paramref name="count"/> times, for size-boundary vectors.</summary>
    public static string Repeat(string byteHex, int count) => string.Concat(Enumerable.Repeat(byteHex, count));
}

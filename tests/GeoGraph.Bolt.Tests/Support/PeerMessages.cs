namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Message names of the scripts and their signatures, written out independently of the client's table.</summary>
public static class PeerMessages
{
    private static readonly Dictionary<string, byte> Signatures = new(StringComparer.Ordinal)
    {
        ["HELLO"] = 0x01,
        ["GOODBYE"] = 0x02,
        ["RESET"] = 0x0F,
        ["RUN"] = 0x10,
        ["BEGIN"] = 0x11,
        ["COMMIT"] = 0x12,
        ["ROLLBACK"] = 0x13,
        ["DISCARD"] = 0x2F,
        ["PULL"] = 0x3F,
        ["TELEMETRY"] = 0x54,
        ["ROUTE"] = 0x66,
        ["LOGON"] = 0x6A,
        ["LOGOFF"] = 0x6B,
        ["SUCCESS"] = 0x70,
        ["RECORD"] = 0x71,
        ["IGNORED"] = 0x7E,
        ["FAILURE"] = 0x7F,
    };

    public static byte SignatureOf(string name) =>
        Signatures.TryGetValue(name, out var signature) ? signature : throw new FormatException($"Unknown message {name}.");

    public static string NameOf(byte signature) =>
        Signatures.FirstOrDefault(pair => pair.Value == signature).Key ?? $"0x{signature:X2}";
}

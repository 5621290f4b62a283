using System.Runtime.InteropServices;

namespace GeoGraph.Bolt.Connections;

/// <summary>The <c>bolt_agent</c> map of HELLO (5.3+): names this client, never the machine or the user.</summary>
internal static class BoltAgent
{
    public static readonly string Product = "GeoGraph.Bolt/" + (typeof(BoltAgent).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    public static IReadOnlyDictionary<string, object?> Map { get; } = new Dictionary<string, object?>
    {
        ["product"] = Product,
        ["platform"] = $"{RuntimeInformation.OSDescription}; {RuntimeInformation.OSArchitecture}",
        ["language"] = "C#",
        ["language_details"] = RuntimeInformation.FrameworkDescription,
    };
}

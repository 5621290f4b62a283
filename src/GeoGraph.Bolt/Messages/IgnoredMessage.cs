namespace GeoGraph.Bolt.Messages;

/// <summary>IGNORED <c>7E</c>: the request was not run because an earlier one failed (or a RESET interrupted it).</summary>
internal sealed class IgnoredMessage : IResponseMessage
{
    public static readonly IgnoredMessage Instance = new();

    private IgnoredMessage()
    {
    }

    public string Name => "IGNORED";
}

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>What a script line asks of the peer (stub-script prefixes).</summary>
public enum ScriptLineKind
{
    /// <summary><c>C:</c> the client must send this.</summary>
    Client,

    /// <summary><c>S:</c> the peer sends this (or performs a &lt;NOOP&gt;, &lt;RAW&gt;, &lt;EXIT&gt;, &lt;SLEEP&gt;).</summary>
    Server,

    /// <summary><c>A:</c> the client must send this; the peer answers SUCCESS.</summary>
    AutoReply,

    /// <summary><c>?:</c> the client may send this once; the peer answers SUCCESS.</summary>
    Optional,

    /// <summary><c>*:</c> the client may send this any number of times; the peer answers SUCCESS.</summary>
    Repeated,
}

/// <summary>One line of a scripted conversation: a message name and its fields as JSON values.</summary>
public sealed record ScriptLine(ScriptLineKind Kind, string Name, IReadOnlyList<object?> Fields, string Text)
{
    public bool IsClientSide => Kind != ScriptLineKind.Server;

    public bool IsOptional => Kind is ScriptLineKind.Optional or ScriptLineKind.Repeated;
}

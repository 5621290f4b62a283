namespace GeoGraph.Bolt.Messages;

/// <summary>Message signatures: the tag byte of the structure each message is (spec "Message", 4.4/5.x).</summary>
internal static class MessageSignature
{
    public const byte Hello = 0x01;
    public const byte Goodbye = 0x02;
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;
    public const byte Discard = 0x2F;
    public const byte Pull = 0x3F;
    public const byte Route = 0x66;
    public const byte Logon = 0x6A;
    public const byte Success = 0x70;
    public const byte Record = 0x71;
    public const byte Ignored = 0x7E;
    public const byte Failure = 0x7F;
}

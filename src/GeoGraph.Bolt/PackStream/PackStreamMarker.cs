namespace GeoGraph.Bolt.PackStream;

/// <summary>PackStream v1 marker bytes (spec "PackStream", marker table).</summary>
internal static class PackStreamMarker
{
    public const byte TinyStringBase = 0x80;
    public const byte TinyListBase = 0x90;
    public const byte TinyMapBase = 0xA0;
    public const byte TinyStructBase = 0xB0;
    public const byte Null = 0xC0;
    public const byte Float64 = 0xC1;
    public const byte False = 0xC2;
    public const byte True = 0xC3;
    public const byte Int8 = 0xC8;
    public const byte Int16 = 0xC9;
    public const byte Int32 = 0xCA;
    public const byte Int64 = 0xCB;
    public const byte Bytes8 = 0xCC;
    public const byte Bytes16 = 0xCD;
    public const byte Bytes32 = 0xCE;
    public const byte String8 = 0xD0;
    public const byte String16 = 0xD1;
    public const byte String32 = 0xD2;
    public const byte List8 = 0xD4;
    public const byte List16 = 0xD5;
    public const byte List32 = 0xD6;
    public const byte Map8 = 0xD8;
    public const byte Map16 = 0xD9;
    public const byte Map32 = 0xDA;

    /// <summary>The largest size of a string, byte array, list or map the spec allows.</summary>
    public const int MaxSize = int.MaxValue;
}

using System.Globalization;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.PackStream;

/// <summary>Bolt's value structures; an unknown tag is a protocol error.</summary>
internal sealed partial class PackStreamReader
{
    public object ReadStructure()
    {
        var (tag, fields) = ReadStructureHeader();
        Enter();
        object value = tag switch
        {
            StructureTag.Node => ReadNode(fields),
            StructureTag.Relationship => ReadRelationship(fields),
            StructureTag.UnboundRelationship => ReadUnboundRelationship(fields),
            StructureTag.Path => ReadPath(fields),
            StructureTag.Date => new BoltDate(Fields(fields, 1, tag, ReadInteger)),
            StructureTag.Time => ReadTime(fields),
            StructureTag.LocalTime => new BoltLocalTime(Fields(fields, 1, tag, ReadInteger)),
            StructureTag.DateTime or StructureTag.LegacyDateTime => ReadDateTime(tag, fields),
            StructureTag.DateTimeZoneId or StructureTag.LegacyDateTimeZoneId => ReadDateTimeZoneId(tag, fields),
            StructureTag.LocalDateTime => ReadLocalDateTime(fields),
            StructureTag.Duration => ReadDuration(fields),
            StructureTag.Point2D => ReadPoint2D(fields),
            StructureTag.Point3D => ReadPoint3D(fields),
            _ => throw new BoltProtocolException($"Unknown structure tag 0x{tag:X2} with {fields} fields."),
        };
        _depth--;
        return value;
    }

    private BoltNode ReadNode(int fields)
    {
        ExpectFields(fields, StructureTag.Node, 3, 4);
        var id = ReadInteger();
        var labels = ReadStringList();
        var properties = ReadMap();
        var elementId = fields == 4 ? ReadString() : id.ToString(CultureInfo.InvariantCulture);
        return new BoltNode(id, labels, properties, elementId);
    }

    private BoltRelationship ReadRelationship(int fields)
    {
        ExpectFields(fields, StructureTag.Relationship, 5, 8);
        var id = ReadInteger();
        var start = ReadInteger();
        var end = ReadInteger();
        var type = ReadString();
        var properties = ReadMap();
        return fields == 8
            ? new BoltRelationship(id, start, end, type, properties, ReadString(), ReadString(), ReadString())
            : new BoltRelationship(id, start, end, type, properties, Text(id), Text(start), Text(end));
    }

    private BoltUnboundRelationship ReadUnboundRelationship(int fields)
    {
        ExpectFields(fields, StructureTag.UnboundRelationship, 3, 4);
        var id = ReadInteger();
        var type = ReadString();
        var properties = ReadMap();
        return new BoltUnboundRelationship(id, type, properties, fields == 4 ? ReadString() : Text(id));
    }

    /// <summary>Rebuilds the walked sequence from nodes, relationships and index pairs (spec "Path").</summary>
    private BoltPath ReadPath(int fields)
    {
        ExpectFields(fields, StructureTag.Path, 3, 3);
        var nodes = ReadList().Select(n => n as BoltNode ?? throw new BoltProtocolException("A path's node list holds a non-node.")).ToArray();
        var relationships = ReadList().Select(r => r as BoltUnboundRelationship ?? throw new BoltProtocolException("A path's relationship list holds a non-relationship.")).ToArray();
        var indices = ReadList().Select(i => i as long? ?? throw new BoltProtocolException("A path's indices must be integers.")).ToArray();
        if (nodes.Length == 0 || indices.Length % 2 != 0)
        {
            throw new BoltProtocolException("A path needs at least one node and an even number of indices.");
        }

        var walked = new List<BoltNode>(indices.Length / 2 + 1) { nodes[0] };
        var bound = new List<BoltRelationship>(indices.Length / 2);
        for (var i = 0; i < indices.Length; i += 2)
        {
            var relationshipIndex = indices[i];
            var nodeIndex = indices[i + 1];
            if (relationshipIndex == 0 || Math.Abs(relationshipIndex) > relationships.Length || nodeIndex < 0 || nodeIndex >= nodes.Length)
            {
                throw new BoltProtocolException($"Path index pair ({relationshipIndex}, {nodeIndex}) is out of range.");
            }

            var previous = walked[^1];
            var next = nodes[nodeIndex];
            var relationship = relationships[Math.Abs(relationshipIndex) - 1];
            bound.Add(relationshipIndex > 0 ? relationship.Bind(previous, next) : relationship.Bind(next, previous));
            walked.Add(next);
        }

        return new BoltPath(walked, bound);
    }

    private BoltTime ReadTime(int fields)
    {
        ExpectFields(fields, StructureTag.Time, 2, 2);
        return new BoltTime(ReadInteger(), ReadInt32("offset"));
    }

    private BoltDateTime ReadDateTime(byte tag, int fields)
    {
        ExpectFields(fields, tag, 3, 3);
        var seconds = ReadInteger();
        var nanos = ReadNanoseconds();
        var offset = ReadInt32("offset");
        return new BoltDateTime(tag == StructureTag.LegacyDateTime ? seconds - offset : seconds, nanos, offset);
    }

    private BoltDateTimeZoneId ReadDateTimeZoneId(byte tag, int fields)
    {
        ExpectFields(fields, tag, 3, 3);
        var seconds = ReadInteger();
        var nanos = ReadNanoseconds();
        var zone = ReadString();
        return new BoltDateTimeZoneId(tag == StructureTag.LegacyDateTimeZoneId ? LegacyZoneTime.LocalToUtc(seconds, zone) : seconds, nanos, zone);
    }

    private BoltLocalDateTime ReadLocalDateTime(int fields)
    {
        ExpectFields(fields, StructureTag.LocalDateTime, 2, 2);
        return new BoltLocalDateTime(ReadInteger(), ReadNanoseconds());
    }

    private BoltDuration ReadDuration(int fields)
    {
        ExpectFields(fields, StructureTag.Duration, 4, 4);
        return new BoltDuration(ReadInteger(), ReadInteger(), ReadInteger(), ReadInt32("nanoseconds"));
    }

    private BoltPoint2D ReadPoint2D(int fields)
    {
        ExpectFields(fields, StructureTag.Point2D, 3, 3);
        return new BoltPoint2D(ReadInt32("srid"), ReadFloat(), ReadFloat());
    }

    private BoltPoint3D ReadPoint3D(int fields)
    {
        ExpectFields(fields, StructureTag.Point3D, 4, 4);
        return new BoltPoint3D(ReadInt32("srid"), ReadFloat(), ReadFloat(), ReadFloat());
    }

    private string[] ReadStringList()
    {
        var count = ReadListHeader();
        var items = new string[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = ReadString();
        }

        return items;
    }

    private int ReadNanoseconds()
    {
        var value = ReadInteger();
        return value is >= 0 and <= 999_999_999 ? (int)value : throw new BoltProtocolException($"Nanoseconds {value} out of range.");
    }

    private int ReadInt32(string what)
    {
        var value = ReadInteger();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new BoltProtocolException($"The {what} {value} does not fit 32 bits.");
    }

    private static T Fields<T>(int fields, int expected, byte tag, Func<T> read)
    {
        ExpectFields(fields, tag, expected, expected);
        return read();
    }

    private static void ExpectFields(int fields, byte tag, int min, int max)
    {
        if (fields < min || fields > max)
        {
            throw new BoltProtocolException($"Structure 0x{tag:X2} has {fields} fields; expected {(min == max ? min.ToString(CultureInfo.InvariantCulture) : $"{min} or {max}")}.");
        }
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}

using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.PackStream;

/// <summary>Bolt's structures: graph types, temporal types and points.</summary>
internal sealed partial class PackStreamWriter
{
    public void WriteDate(BoltDate value)
    {
        WriteStructureHeader(1, StructureTag.Date);
        WriteInteger(value.Days);
    }

    public void WriteTime(BoltTime value)
    {
        WriteStructureHeader(2, StructureTag.Time);
        WriteInteger(value.Nanoseconds);
        WriteInteger(value.OffsetSeconds);
    }

    public void WriteLocalTime(BoltLocalTime value)
    {
        WriteStructureHeader(1, StructureTag.LocalTime);
        WriteInteger(value.Nanoseconds);
    }

    public void WriteDateTime(BoltDateTime value)
    {
        // Legacy form (Bolt 4.4 without the utc patch) carries the wall-clock seconds.
        var utc = Dialect.UtcDateTime;
        WriteStructureHeader(3, utc ? StructureTag.DateTime : StructureTag.LegacyDateTime);
        WriteInteger(utc ? value.Seconds : value.Seconds + value.OffsetSeconds);
        WriteInteger(value.Nanoseconds);
        WriteInteger(value.OffsetSeconds);
    }

    public void WriteDateTimeZoneId(BoltDateTimeZoneId value)
    {
        var utc = Dialect.UtcDateTime;
        WriteStructureHeader(3, utc ? StructureTag.DateTimeZoneId : StructureTag.LegacyDateTimeZoneId);
        WriteInteger(utc ? value.Seconds : LegacyZoneTime.UtcToLocal(value.Seconds, value.ZoneId));
        WriteInteger(value.Nanoseconds);
        WriteString(value.ZoneId);
    }

    public void WriteLocalDateTime(BoltLocalDateTime value)
    {
        WriteStructureHeader(2, StructureTag.LocalDateTime);
        WriteInteger(value.Seconds);
        WriteInteger(value.Nanoseconds);
    }

    public void WriteDuration(BoltDuration value)
    {
        WriteStructureHeader(4, StructureTag.Duration);
        WriteInteger(value.Months);
        WriteInteger(value.Days);
        WriteInteger(value.Seconds);
        WriteInteger(value.Nanoseconds);
    }

    public void WritePoint(BoltPoint2D value)
    {
        WriteStructureHeader(3, StructureTag.Point2D);
        WriteInteger(value.Srid);
        WriteFloat(value.X);
        WriteFloat(value.Y);
    }

    public void WritePoint(BoltPoint3D value)
    {
        WriteStructureHeader(4, StructureTag.Point3D);
        WriteInteger(value.Srid);
        WriteFloat(value.X);
        WriteFloat(value.Y);
        WriteFloat(value.Z);
    }

    public void WriteNode(BoltNode value)
    {
        WriteStructureHeader(Dialect.ElementIds ? 4 : 3, StructureTag.Node);
        WriteInteger(value.Id);
        WriteList(value.Labels);
        WriteMap(value.Properties);
        if (Dialect.ElementIds)
        {
            WriteString(value.ElementId);
        }
    }

    public void WriteRelationship(BoltRelationship value)
    {
        WriteStructureHeader(Dialect.ElementIds ? 8 : 5, StructureTag.Relationship);
        WriteInteger(value.Id);
        WriteInteger(value.StartNodeId);
        WriteInteger(value.EndNodeId);
        WriteString(value.Type);
        WriteMap(value.Properties);
        if (Dialect.ElementIds)
        {
            WriteString(value.ElementId);
            WriteString(value.StartNodeElementId);
            WriteString(value.EndNodeElementId);
        }
    }

    public void WriteUnboundRelationship(BoltUnboundRelationship value)
    {
        WriteStructureHeader(Dialect.ElementIds ? 4 : 3, StructureTag.UnboundRelationship);
        WriteInteger(value.Id);
        WriteString(value.Type);
        WriteMap(value.Properties);
        if (Dialect.ElementIds)
        {
            WriteString(value.ElementId);
        }
    }

    /// <summary>
    /// Writes a path in the spec's compact form: distinct nodes, distinct unbound relationships and
    /// index pairs (1-based signed relationship index, 0-based node index) for each hop.
    /// </summary>
    public void WritePath(BoltPath value)
    {
        var nodes = new List<BoltNode>();
        var relationships = new List<BoltUnboundRelationship>();
        var indices = new List<object?>();
        IndexOf(nodes, value.Nodes[0], n => n.ElementId);
        for (var hop = 0; hop < value.Relationships.Count; hop++)
        {
            var relationship = value.Relationships[hop];
            var next = value.Nodes[hop + 1];
            var unbound = new BoltUnboundRelationship(relationship.Id, relationship.Type, relationship.Properties, relationship.ElementId);
            var relationshipIndex = IndexOf(relationships, unbound, r => r.ElementId) + 1;
            var forward = relationship.EndNodeElementId == next.ElementId && relationship.StartNodeElementId == value.Nodes[hop].ElementId;
            indices.Add((long)(forward ? relationshipIndex : -relationshipIndex));
            indices.Add((long)IndexOf(nodes, next, n => n.ElementId));
        }

        WriteStructureHeader(3, StructureTag.Path);
        WriteListHeader(nodes.Count);
        foreach (var node in nodes)
        {
            WriteNode(node);
        }

        WriteListHeader(relationships.Count);
        foreach (var relationship in relationships)
        {
            WriteUnboundRelationship(relationship);
        }

        WriteList(indices);
    }

    private bool TryWriteBoltStructure(object value)
    {
        switch (value)
        {
            case BoltDate v: WriteDate(v); return true;
            case BoltTime v: WriteTime(v); return true;
            case BoltLocalTime v: WriteLocalTime(v); return true;
            case BoltDateTime v: WriteDateTime(v); return true;
            case BoltDateTimeZoneId v: WriteDateTimeZoneId(v); return true;
            case BoltLocalDateTime v: WriteLocalDateTime(v); return true;
            case BoltDuration v: WriteDuration(v); return true;
            case BoltPoint2D v: WritePoint(v); return true;
            case BoltPoint3D v: WritePoint(v); return true;
            case BoltNode v: WriteNode(v); return true;
            case BoltRelationship v: WriteRelationship(v); return true;
            case BoltUnboundRelationship v: WriteUnboundRelationship(v); return true;
            case BoltPath v: WritePath(v); return true;
            default: return false;
        }
    }

    private static int IndexOf<T>(List<T> items, T item, Func<T, string> key)
    {
        var index = items.FindIndex(existing => key(existing) == key(item));
        if (index >= 0)
        {
            return index;
        }

        items.Add(item);
        return items.Count - 1;
    }
}

using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>ROUTE <c>66</c> (4.4/5.x form): routing context, bookmarks and <c>extra</c> with the database.</summary>
internal sealed record RouteMessage(IReadOnlyDictionary<string, object?> Routing, IReadOnlyList<string> Bookmarks, string? Database) : IRequestMessage
{
    public string Name => "ROUTE";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(3, MessageSignature.Route);
        writer.WriteMap(Routing);
        writer.WriteListHeader(Bookmarks.Count);
        foreach (var bookmark in Bookmarks)
        {
            writer.WriteString(bookmark);
        }

        writer.WriteMapHeader(Database is null ? 0 : 1);
        if (Database is not null)
        {
            writer.WriteString("db");
            writer.WriteString(Database);
        }
    }
}

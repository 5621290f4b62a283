using System.Globalization;
using System.Xml;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Export;

/// <summary>GraphML for Gephi, yEd or Cytoscape desktop: entities as nodes, relations as directed edges with their counts.</summary>
public static class GraphMlExport
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(GraphSnapshot snapshot, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        Key(xml, "name", "node", "string");
        Key(xml, "kind", "node", "string");
        Key(xml, "aliases", "node", "string");
        Key(xml, "relation", "edge", "string");
        Key(xml, "claims", "edge", "int");
        Key(xml, "hedged", "edge", "int");
        Key(xml, "firstReported", "edge", "string");
        Key(xml, "lastReported", "edge", "string");
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in snapshot.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id.Value);
            Data(xml, "name", node.Name);
            Data(xml, "kind", node.Kind.ToString());
            Data(xml, "aliases", string.Join(" | ", node.Aliases));
            xml.WriteEndElement();
        }
        var index = 0;
        foreach (var edge in snapshot.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + (index++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", edge.From.Value);
            xml.WriteAttributeString("target", edge.To.Value);
            Data(xml, "relation", edge.Type.Name());
            Data(xml, "claims", edge.ClaimCount.ToString(CultureInfo.InvariantCulture));
            Data(xml, "hedged", edge.HedgedCount.ToString(CultureInfo.InvariantCulture));
            Data(xml, "firstReported", edge.FirstReported.ToString("O", CultureInfo.InvariantCulture));
            Data(xml, "lastReported", edge.LastReported.ToString("O", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Key(XmlWriter xml, string name, string scope, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", name);
        xml.WriteAttributeString("for", scope);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}

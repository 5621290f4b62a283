namespace GeoGraph.Api.GraphQL.Types;

/// <summary>One item of a connection with its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);

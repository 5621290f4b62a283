namespace GeoGraph.Storage.Neo4j.Tests.Peer;

/// <summary>A PackStream structure as the peer reads it: its tag byte and fields.</summary>
internal sealed record PackedStruct(byte Tag, IReadOnlyList<object?> Fields);

using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>A message the client sends: one structure whose tag is the signature.</summary>
internal interface IRequestMessage
{
    /// <summary>The spec's name, for diagnostics.</summary>
    string Name { get; }

    /// <summary>False only for GOODBYE, which gets no summary.</summary>
    bool ExpectsResponse => true;

    void Write(PackStreamWriter writer);
}

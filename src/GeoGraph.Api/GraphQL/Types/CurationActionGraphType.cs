using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>What a curator did.</summary>
public sealed class CurationActionGraphType : EnumerationGraphType<CurationAction>
{
    public CurationActionGraphType()
    {
        Name = "CurationAction";
        Description = "What a curator did.";
    }
}

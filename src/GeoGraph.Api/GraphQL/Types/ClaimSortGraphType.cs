using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>How claims are ordered.</summary>
public sealed class ClaimSortGraphType : EnumerationGraphType<ClaimSort>
{
    public ClaimSortGraphType()
    {
        Name = "ClaimSort";
        Description = "How claims are ordered.";
    }
}

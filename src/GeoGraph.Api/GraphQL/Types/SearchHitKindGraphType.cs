using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>What a search hit is.</summary>
public sealed class SearchHitKindGraphType : EnumerationGraphType<SearchHitKind>
{
    public SearchHitKindGraphType()
    {
        Name = "SearchHitKind";
        Description = "What a search hit is.";
    }
}

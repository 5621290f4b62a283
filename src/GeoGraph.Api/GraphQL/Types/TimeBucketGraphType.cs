using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>The period a timeline counts by (weeks start on Monday).</summary>
public sealed class TimeBucketGraphType : EnumerationGraphType<TimeBucket>
{
    public TimeBucketGraphType()
    {
        Name = "TimeBucket";
        Description = "The period a timeline counts by (weeks start on Monday).";
    }
}

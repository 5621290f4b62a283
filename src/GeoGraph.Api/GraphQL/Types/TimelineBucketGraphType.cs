using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class TimelineBucketGraphType : ObjectGraphType<TimelineBucket>
{
    public TimelineBucketGraphType()
    {
        Name = "TimelineBucket";
        Field<NonNullGraphType<DateOnlyGraphType>>("start").Description("The first day of the period.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("mentions").Description("Live claims in the period that mention the entity.").Resolve(c => c.Source.Mentions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineCountGraphType>>>>("relations").Description("Claims per relation type involving the entity.").Resolve(c => c.Source.Relations);
    }
}

using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class SpanGraphType : ObjectGraphType<TextSpan>
{
    public SpanGraphType()
    {
        Name = "Span";
        Description = "Where a claim sits in its article's cleaned body (UTF-16 offsets).";
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
    }
}

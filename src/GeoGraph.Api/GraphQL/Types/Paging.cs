using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>The Relay arguments every list takes, and the page request they make.</summary>
internal static class Paging
{
    public static FieldBuilder<TSource, TReturn> WithPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"How many items to return: {PageRequest.DefaultSize} when not given, at most {PageRequest.MaxSize}.")
        .Argument<StringGraphType>("after", "Return the items after this cursor.");

    public static PageRequest PageArguments(this IResolveFieldContext context) =>
        new(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
}

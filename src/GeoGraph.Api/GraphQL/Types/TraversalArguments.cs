using GeoGraph.Core.Model;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>The filters network and path share: relation types, a time window, a claim threshold and hedging.</summary>
internal static class TraversalArguments
{
    public sealed record Filters(IReadOnlyList<RelationType>? Types, DateTimeOffset? Since, DateTimeOffset? Until, int MinClaims, bool IncludeHedged);

    public static FieldBuilder<TSource, TReturn> WithTraversalFilters<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("types", "Follow only relations of these types.")
        .Argument<DateTimeOffsetGraphType>("since", "Count only claims reported at or after this time.")
        .Argument<DateTimeOffsetGraphType>("until", "Count only claims reported at or before this time.")
        .Argument<IntGraphType>("minClaims", "Follow only relations with at least this many claims (in the window).", a => a.DefaultValue = 1)
        .Argument<BooleanGraphType>("includeHedged", "False leaves out relations whose every claim is hedged.", a => a.DefaultValue = true);

    public static Filters TraversalFilters(this IResolveFieldContext context) => new(
        context.GetArgument<List<RelationType>?>("types"),
        context.GetArgument<DateTimeOffset?>("since"),
        context.GetArgument<DateTimeOffset?>("until"),
        context.GetArgument("minClaims", 1),
        context.GetArgument("includeHedged", true));
}

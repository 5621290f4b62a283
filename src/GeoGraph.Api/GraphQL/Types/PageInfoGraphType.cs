using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>Relay page info, read straight off a page.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfoGraphType.Info>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }

    /// <summary>The page info of a page.</summary>
    public sealed record Info(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
    {
        public static Info Of<T>(Page<T> page) => new(
            page.HasNextPage,
            page.HasPreviousPage,
            page.Items.Count == 0 ? null : page.CursorAt(0),
            page.Items.Count == 0 ? null : page.CursorAt(page.Items.Count - 1));
    }
}

using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Arguments;

public sealed class ArticleWhereGraphType : InputObjectGraphType<ArticleWhere>
{
    public ArticleWhereGraphType()
    {
        Name = "ArticleWhere";
        Description = "Which articles to list; every field given must match.";
        Field(f => f.Outlet, nullable: true);
        Field<DateTimeOffsetGraphType>("since").Description("Reported (published, else imported) at or after.");
        Field<DateTimeOffsetGraphType>("until").Description("Reported at or before.");
        Field(f => f.Search, nullable: true).Description("Words in the title.");
        Field(f => f.IncludeSuperseded, nullable: true).Description("Also list earlier versions that a later text under the same URL superseded (default false).");
    }
}

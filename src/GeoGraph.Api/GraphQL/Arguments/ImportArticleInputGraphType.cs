using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Arguments;

public sealed class ImportArticleInputGraphType : InputObjectGraphType<ImportArticleInput>
{
    public ImportArticleInputGraphType()
    {
        Name = "ImportArticleInput";
        Description = "Raw article text (site junk and all) and what is known about it.";
        Field(f => f.Text).Description("The article text; boilerplate such as paywall and subscription lines is removed.");
        Field(f => f.Url, nullable: true);
        Field(f => f.Title, nullable: true);
        Field(f => f.Outlet, nullable: true).Description("The outlet that published it.");
        Field<DateTimeOffsetGraphType>("publishedAt");
    }
}

using GeoGraph.Api.Security;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class ViewerGraphType : ObjectGraphType<CallerContext>
{
    public ViewerGraphType()
    {
        Name = "Viewer";
        Description = "The caller of this request.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The API key's name, the token's subject, or anonymous.").Resolve(c => c.Source.Caller);
        Field<NonNullGraphType<StringGraphType>>("role").Description("reader, importer or admin.").Resolve(c => RoleNames.Name(c.Source.Role));
        Field<NonNullGraphType<BooleanGraphType>>("canImport").Resolve(c => c.Source.Has(Role.Importer));
        Field<NonNullGraphType<BooleanGraphType>>("canCurate").Resolve(c => c.Source.Has(Role.Admin));
    }
}

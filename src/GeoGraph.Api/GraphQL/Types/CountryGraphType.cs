using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class CountryGraphType : ObjectGraphType<Country>
{
    public CountryGraphType()
    {
        Name = "Country";
        EntityLinks.AddTo(this);
        Field<NonNullGraphType<StringGraphType>>("isoCode").Description("ISO 3166-1 alpha-2.").Resolve(c => c.Source.IsoCode);
    }
}

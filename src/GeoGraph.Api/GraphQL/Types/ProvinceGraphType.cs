using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class ProvinceGraphType : ObjectGraphType<Province>
{
    public ProvinceGraphType()
    {
        Name = "Province";
        Description = "A province, state or governorate.";
        EntityLinks.AddTo(this);
        Field<StringGraphType>("isoCode").Description("ISO 3166-2, where one exists.").Resolve(c => c.Source.IsoCode);
        Field<NonNullGraphType<CountryGraphType>>("country").Resolve(c => c.Loaders().Entities.Load(c.Source.Country));
    }
}

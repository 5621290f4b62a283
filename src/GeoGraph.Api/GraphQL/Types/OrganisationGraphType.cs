using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class OrganisationGraphType : ObjectGraphType<Organisation>
{
    public OrganisationGraphType()
    {
        Name = "Organisation";
        Description = "An alliance, mission, ministry, security force, news outlet or other state-side body.";
        EntityLinks.AddTo(this);
        Field<StringGraphType>("category").Description("alliance, ministry, news outlet…").Resolve(c => c.Source.Category);
        Field<OrganisationGraphType>("partOf").Resolve(c => c.Source.PartOf is { } id ? c.Loaders().Entities.Load(id) : null);
        Field<CountryGraphType>("country").Resolve(c => c.Source.Country is { } id ? c.Loaders().Entities.Load(id) : null);
        Field<NonNullGraphType<OfficialConnectionGraphType>>("officials")
            .Description("The officials who hold a role in it, by name.")
            .WithPaging()
            .Resolve(c => c.Loaders().Officials(c.PageArguments()).Load(c.Source.Id));
    }
}

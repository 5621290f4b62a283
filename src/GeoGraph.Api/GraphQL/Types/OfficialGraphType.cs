using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class OfficialGraphType : ObjectGraphType<Official>
{
    public OfficialGraphType()
    {
        Name = "Official";
        Description = "A person who speaks or acts for an organisation.";
        EntityLinks.AddTo(this);
        Field<StringGraphType>("title").Description("Rank or honorific written before the name: Brigadier General.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("role").Description("The office held: spokesman, secretary general.").Resolve(c => c.Source.Role);
        Field<EntityInterface>("organisation").Description("Where the role is held.").Resolve(c => c.Source.Organisation is { } id ? c.Loaders().Entities.Load(id) : null);
    }
}

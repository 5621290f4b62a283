using GeoGraph.Api.GraphQL.Types;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Arguments;

public sealed class EntityWhereGraphType : InputObjectGraphType<EntityWhere>
{
    public EntityWhereGraphType()
    {
        Name = "EntityWhere";
        Description = "Which entities to list; every field given must match.";
        Field<EntityKindGraphType>("kind");
        Field(f => f.Search, nullable: true).Description("Any part of a name or alias.");
        Field(f => f.Country, nullable: true).Description("Belonging to this country (name, alias or id): its provinces and national bodies.");
        Field(f => f.Organisation, nullable: true).Description("Officials of this organisation (name, alias or id).");
        Field(f => f.MinClaims, nullable: true).Description("Mentioned by at least this many live claims.");
    }
}

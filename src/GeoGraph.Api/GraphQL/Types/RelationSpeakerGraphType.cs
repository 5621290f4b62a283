using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class RelationSpeakerGraphType : ObjectGraphType<RelationSpeaker>
{
    public RelationSpeakerGraphType()
    {
        Name = "RelationSpeaker";
        Description = "A voice behind a relation: a speaker (or an unnamed description) and how many of its claims back it.";
        Field<EntityInterface>("speaker").Resolve(c => c.Source.Speaker is { } id ? c.Loaders().Entities.Load(id) : null);
        Field<StringGraphType>("description").Description("How the article describes an unnamed speaker.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<IntGraphType>>("claims").Resolve(c => c.Source.Claims);
    }
}

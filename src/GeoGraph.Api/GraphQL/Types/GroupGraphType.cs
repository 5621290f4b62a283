using GeoGraph.Api.GraphQL.Loading;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class GroupGraphType : ObjectGraphType<Group>
{
    public GroupGraphType()
    {
        Name = "Group";
        Description = "An armed or political non-state group.";
        EntityLinks.AddTo(this);
        Field<StringGraphType>("category").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("presentIn")
            .Description("The provinces and countries where claims place it (PRESENT_IN), most supported first.")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                var presence = new RelationQuery(Types: [RelationType.PresentIn]);
                return loaders.EntityRelations(RelationDirection.Outgoing, presence, new PageRequest(PageRequest.MaxSize)).Load(c.Source.Id)
                    .Then(page => loaders.Entities.LoadMany(page?.Items.Select(r => r.To) ?? []));
            });
    }
}

using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class GroupGraphType : ObjectGraphType<Group>
{
    public GroupGraphType()
    {
        Name = "Group";
        Description = "An armed or political non-state group.";
        Interface<EntityInterface>();
        IsTypeOf = o => o is Group;
        EntityFields.AddTo(this);
        Field<StringGraphType>("category").Resolve(c => c.Source.Category);
    }
}

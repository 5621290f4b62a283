using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "A ranked match: an entity by name or alias, or a claim by its text.";
        Field<NonNullGraphType<SearchHitKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Higher is better; comparable within one search only.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("snippet").Description("Plain text around the match (escape it before putting it into HTML).").Resolve(c => c.Source.Snippet);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpanGraphType>>>>("highlights").Description("Where the words matched, within the snippet.").Resolve(c => c.Source.Highlights);
        Field<EntityInterface>("entity").Resolve(c => c.Source.Kind == SearchHitKind.Entity ? c.Loaders().Entities.Load(new EntityId(c.Source.Id)) : null);
        Field<ClaimGraphType>("claim").Resolve(c => c.Source.Kind == SearchHitKind.Claim ? c.Loaders().Claims.Load(new ClaimId(c.Source.Id)) : null);
    }
}

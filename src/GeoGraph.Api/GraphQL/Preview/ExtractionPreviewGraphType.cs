using GeoGraph.Api.GraphQL.Types;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Preview;

public sealed class ExtractionPreviewGraphType : ObjectGraphType<ExtractionPreview>
{
    public ExtractionPreviewGraphType()
    {
        Name = "ExtractionPreview";
        Description = "What importing this text would store; nothing is stored.";
        Field<IdGraphType>("articleId").Description("The id the article would have (a hash of its cleaned body).").Resolve(c => c.Source.Graph?.Article.Id.Value);
        Field<StringGraphType>("body").Description("The cleaned text that claim spans point into.").Resolve(c => c.Source.Graph?.Article.Body);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PreviewEntityGraphType>>>>("entities")
            .Resolve(c => c.Source.Graph?.Entities.Select(e => new PreviewEntity(e, c.Source)).ToList() ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PreviewClaimGraphType>>>>("claims")
            .Resolve(c => c.Source.Graph?.Claims.Select(claim => new PreviewClaim(claim, c.Source)).ToList() ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings").Resolve(c => c.Source.Graph?.Warnings ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors")
            .Resolve(c => UserError.From(c.Source.Error));
    }
}

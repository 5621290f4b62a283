using GeoGraph.Core.Importing;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class ImportArticlePayloadGraphType : ObjectGraphType<ImportOutcome>
{
    public ImportArticlePayloadGraphType()
    {
        Name = "ImportArticlePayload";
        Field<ArticleGraphType>("article").Description("The stored article; null when the input was rejected.")
            .Resolve(c => c.Source.Result is { } result ? c.Loaders().Articles.Load(result.ArticleId) : null);
        Field<NonNullGraphType<BooleanGraphType>>("created").Description("False when the article was already stored (nothing changed) or was rejected.")
            .Resolve(c => c.Source.Result?.Created ?? false);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleGraphType>>>>("superseded")
            .Description("Earlier versions of this article (other texts under the same URL) whose claims it replaced.")
            .Resolve(c => c.Loaders().Articles.LoadMany(c.Source.Result?.Superseded ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings").Resolve(c => c.Source.Warnings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors")
            .Resolve(c => UserError.From(c.Source.Error));
    }
}

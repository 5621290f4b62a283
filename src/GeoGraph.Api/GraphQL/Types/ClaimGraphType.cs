using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class ClaimGraphType : ObjectGraphType<Claim>
{
    public ClaimGraphType()
    {
        Name = "Claim";
        Description = "A reported statement: who said what, in what form, reported by whom, about whom and where.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Claim;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The statement as cut from the article.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<SpanGraphType>>("span").Resolve(c => c.Source.Span);
        Field<NonNullGraphType<ClaimFormGraphType>>("form").Resolve(c => c.Source.Form);
        Field<NonNullGraphType<BooleanGraphType>>("hedged").Description("Qualified: we think, may, reportedly.").Resolve(c => c.Source.Hedged);
        Field<NonNullGraphType<BooleanGraphType>>("negated").Description("Denies rather than asserts; a negated claim asserts no relation.").Resolve(c => c.Source.Negated);
        Field<EntityInterface>("speaker").Description("Who made the statement (for an unnamed speaker, the organisation they speak for).")
            .Resolve(c => c.Source.Speaker is { } id ? c.Loaders().Entities.Load(id) : null);
        Field<StringGraphType>("speakerDescription").Description("How the article describes an unnamed speaker: a NATO official.")
            .Resolve(c => c.Source.SpeakerDescription);
        Field<EntityInterface>("reportedBy").Description("The outlet that carried the statement second-hand.")
            .Resolve(c => c.Source.ReportedBy is { } id ? c.Loaders().Entities.Load(id) : null);
        Field<NonNullGraphType<ArticleGraphType>>("article").Resolve(c => c.Loaders().Articles.Load(c.Source.Article));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("reportedAt").Description("The article's publication date, else its import time.").Resolve(c => c.Source.ReportedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("about").Resolve(c => c.Loaders().Entities.LoadMany(c.Source.About));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("places").Resolve(c => c.Loaders().Entities.LoadMany(c.Source.Places));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationAssertionGraphType>>>>("denies")
            .Description("For a negated claim, the relations it denies (they are evidence for no relation).")
            .Resolve(c => c.Source.Denied ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations").Description("The relations this claim asserts, with all their evidence.")
            .Resolve(c => c.Loaders().Relations.LoadMany(c.Source.Relations.Select(r => new RelationKey(r.From, r.Type, r.To))));
    }
}

using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Api.GraphQL.Loading;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A relation between two entities (or an entity and a place), aggregated over every claim that asserts it.";
        Field<NonNullGraphType<EntityInterface>>("from").Resolve(c => c.Loaders().Entities.Load(c.Source.From));
        Field<NonNullGraphType<RelationTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<EntityInterface>>("to").Resolve(c => c.Loaders().Entities.Load(c.Source.To));
        Field<NonNullGraphType<IntGraphType>>("claimCount").Description("How many claims assert it.").Resolve(c => c.Source.ClaimCount);
        Field<NonNullGraphType<IntGraphType>>("hedgedCount").Description("How many of those claims are hedged.").Resolve(c => c.Source.HedgedCount);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("firstReported").Resolve(c => c.Source.FirstReported);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("lastReported").Resolve(c => c.Source.LastReported);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationSpeakerGraphType>>>>("speakers")
            .Description("Who backs it: each speaker (or unnamed description) with how many claims.")
            .Resolve(c => c.Loaders().Speakers.Load(c.Source.Key).Then(speakers => speakers ?? []));
        Field<NonNullGraphType<ClaimConnectionGraphType>>("claims").Description("The evidence: the claims asserting this relation, oldest first.")
            .WithPaging()
            .Resolve(c =>
            {
                var page = c.PageArguments();
                return c.Loaders().Evidence.Load(c.Source.Key).Then(claims => Slice(claims ?? [], page));
            });
    }

    private static Page<Claim> Slice(IReadOnlyList<Claim> claims, PageRequest page) =>
        new(claims.Skip(page.Offset).Take(page.First).ToList(), page.Offset, claims.Count);
}

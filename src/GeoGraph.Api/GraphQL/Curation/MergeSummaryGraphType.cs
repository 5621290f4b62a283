using GeoGraph.Api.GraphQL.Types;
using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Curation;

public sealed class MergeSummaryGraphType : ObjectGraphType<MergeSummary>
{
    public MergeSummaryGraphType()
    {
        Name = "MergeSummary";
        Description = "What a merge moved onto the kept entity.";
        Field<NonNullGraphType<IdGraphType>>("removed").Description("The merged entity's id; it no longer exists.").Resolve(c => c.Source.Removed.Value);
        Field<NonNullGraphType<IntGraphType>>("spokenClaims").Resolve(c => c.Source.SpokenClaims);
        Field<NonNullGraphType<IntGraphType>>("reportedClaims").Resolve(c => c.Source.ReportedClaims);
        Field<NonNullGraphType<IntGraphType>>("claimRoles").Resolve(c => c.Source.ClaimRoles);
        Field<NonNullGraphType<IntGraphType>>("assertions").Resolve(c => c.Source.Assertions);
        Field<NonNullGraphType<IntGraphType>>("denials").Resolve(c => c.Source.Denials);
        Field<NonNullGraphType<IntGraphType>>("aliases").Resolve(c => c.Source.Aliases);
        Field<NonNullGraphType<IntGraphType>>("affiliations").Resolve(c => c.Source.Affiliations);
        Field<NonNullGraphType<IntGraphType>>("relationsRecomputed").Resolve(c => c.Source.RelationsRecomputed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>>("selfRelationsDropped")
            .Description("Types of relations between the two that the merge turned into self-relations and dropped.")
            .Resolve(c => c.Source.SelfRelationsDropped.Select(r => r.Type).ToList());
    }
}

using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>ORGANISATION, GROUP, OFFICIAL, COUNTRY, PROVINCE.</summary>
public sealed class EntityKindGraphType : EnumerationGraphType<EntityKind>
{
    public EntityKindGraphType() => Name = "EntityKind";
}

/// <summary>DIRECT_QUOTE, REPORTED_SPEECH, ACCORDING_TO.</summary>
public sealed class ClaimFormGraphType : EnumerationGraphType<ClaimForm>
{
    public ClaimFormGraphType() => Name = "ClaimForm";
}

/// <summary>The relation vocabulary: ALLIED_WITH, SEEKS_ALLIANCE_WITH, … PRESENT_IN, CONTROLS.</summary>
public sealed class RelationTypeGraphType : EnumerationGraphType<RelationType>
{
    public RelationTypeGraphType() => Name = "RelationType";
}

using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>DIRECT_QUOTE, REPORTED_SPEECH, ACCORDING_TO.</summary>
public sealed class ClaimFormGraphType : EnumerationGraphType<ClaimForm>
{
    public ClaimFormGraphType() => Name = "ClaimForm";
}

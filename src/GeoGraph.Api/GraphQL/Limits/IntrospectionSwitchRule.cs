using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.GraphQL.Limits;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> when <c>GraphQL:EnableIntrospection</c> is false.</summary>
internal sealed class IntrospectionSwitchRule(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        options.Value.EnableIntrospection ? default : NoIntrospectionValidationRule.Instance.GetPreNodeVisitorAsync(context);
}

using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.GraphQL.Limits;

/// <summary>
/// Refuses operations that are too deep, too costly, or use too many aliases or root fields, before any
/// resolver runs. Each refusal is a GraphQL error with an <c>extensions.code</c>. Runs on cached documents
/// too, since page sizes may come from variables.
/// </summary>
internal sealed class RequestLimitsRule(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var refusals = RequestLimits.Check(context.Document, context.Operation, context.Schema, options.Value,
            name => context.Variables is { } variables && variables.TryGetValue(name, out var value) ? value : null);
        foreach (var (code, message) in refusals)
            context.ReportError(new ValidationError(context.Document.Source, "geograph-limits", message, context.Operation) { Code = code });
        return default;
    }
}

using GeoGraph.Core.Storage;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.GraphQL.Limits;

/// <summary>
/// Refuses operations that are too deep, too costly, or use too many aliases or root fields, before any
/// resolver runs. Each refusal is a GraphQL error with an <c>extensions.code</c>.
/// </summary>
internal sealed class RequestLimitsRule(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.Value;
        var shape = OperationShape.Measure(
            context.Document, context.Operation, context.Schema, value => IntValue(value, context), PageRequest.DefaultSize, limits.DefaultListSize);

        if (shape.Depth > limits.MaxDepth)
            Report(context, "MAX_DEPTH", $"The query's depth is {shape.Depth}; the limit is {limits.MaxDepth}.");
        if (shape.Aliases > limits.MaxAliases)
            Report(context, "MAX_ALIASES", $"The query uses {shape.Aliases} aliases; the limit is {limits.MaxAliases}.");
        if (shape.RootFields > limits.MaxRootFields)
            Report(context, "MAX_ROOT_FIELDS", $"The query asks for {shape.RootFields} root fields; the limit is {limits.MaxRootFields}.");
        if (shape.Cost > limits.MaxCost)
            Report(context, "MAX_COST", $"The query would cost {shape.Cost:0} (fields times page sizes); the limit is {limits.MaxCost}.");
        return default;
    }

    private static void Report(ValidationContext context, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, "geograph-limits", message, context.Operation) { Code = code });

    private static int? IntValue(GraphQLValue value, ValidationContext context) => value switch
    {
        GraphQLIntValue literal when int.TryParse(literal.Value.Span, out var number) => number,
        GraphQLVariable variable when context.Variables is { } variables
            && variables.TryGetValue(variable.Name.StringValue, out var bound) => bound switch
            {
                int number => number,
                long number => (int)Math.Min(number, int.MaxValue),
                _ => null,
            },
        _ => null,
    };
}

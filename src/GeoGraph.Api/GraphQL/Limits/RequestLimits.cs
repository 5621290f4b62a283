using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GeoGraph.Api.GraphQL.Limits;

/// <summary>The limits an operation must stay within, checked against its measured shape.</summary>
internal static class RequestLimits
{
    /// <summary>What is over the limits, as (code, message) pairs; empty when the operation may run.</summary>
    public static List<(string Code, string Message)> Check(
        GraphQLDocument document, GraphQLOperationDefinition operation, ISchema schema, GraphQLOptions limits, Func<string, object?> variable)
    {
        var shape = OperationShape.Measure(document, operation, schema, value => IntValue(value, variable), PageRequest.DefaultSize, limits.DefaultListSize);
        var refusals = new List<(string, string)>();
        var fragments = document.Definitions.Count(d => d is GraphQLFragmentDefinition);
        if (fragments > limits.MaxFragments)
            refusals.Add(("MAX_FRAGMENTS", $"The document defines {fragments} fragments; the limit is {limits.MaxFragments}."));
        if (shape.Depth > limits.MaxDepth)
            refusals.Add(("MAX_DEPTH", $"The query's depth is {shape.Depth}; the limit is {limits.MaxDepth}."));
        if (shape.Aliases > limits.MaxAliases)
            refusals.Add(("MAX_ALIASES", $"The query uses {shape.Aliases} aliases; the limit is {limits.MaxAliases}."));
        if (shape.RootFields > limits.MaxRootFields)
            refusals.Add(("MAX_ROOT_FIELDS", $"The query asks for {shape.RootFields} root fields; the limit is {limits.MaxRootFields}."));
        if (shape.Cost > limits.MaxCost)
            refusals.Add(("MAX_COST", $"The query would cost {shape.Cost:0} (fields times page sizes); the limit is {limits.MaxCost}."));
        return refusals;
    }

    private static int? IntValue(GraphQLValue value, Func<string, object?> variable) => value switch
    {
        GraphQLIntValue literal when int.TryParse(literal.Value.Span, out var number) => number,
        GraphQLVariable name => variable(name.Name.StringValue) switch
        {
            int number => number,
            long number => (int)Math.Clamp(number, int.MinValue, int.MaxValue),
            decimal number when number == decimal.Truncate(number) => (int)Math.Clamp(number, int.MinValue, int.MaxValue),
            double number when number == Math.Truncate(number) => (int)Math.Clamp(number, int.MinValue, int.MaxValue),
            _ => null,
        },
        _ => null,
    };
}

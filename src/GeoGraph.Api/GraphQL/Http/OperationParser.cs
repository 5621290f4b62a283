using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GeoGraph.Api.GraphQL.Http;

/// <summary>Parses a document once, so the endpoint can see which operation runs before executing it.</summary>
internal static class OperationParser
{
    /// <summary>The parsed document, or null when it does not parse (execution then reports the syntax error).</summary>
    public static GraphQLDocument? TryParse(string query) => TryParse(query, out _);

    /// <summary>The parsed document, or null with the parser's error.</summary>
    public static GraphQLDocument? TryParse(string query, out GraphQLParserException? error)
    {
        try
        {
            error = null;
            return Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLParserException exception)
        {
            error = exception;
            return null;
        }
    }

    /// <summary>The operation that <paramref name="operationName"/> picks, or the only one; null when ambiguous.</summary>
    public static GraphQLOperationDefinition? Selected(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operationName is null)
            return operations.Count == 1 ? operations[0] : null;
        return operations.FirstOrDefault(o => o.Name is { } name && name.Value.Span.SequenceEqual(operationName));
    }
}

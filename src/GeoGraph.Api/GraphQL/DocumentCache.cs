using System.Collections.Concurrent;
using GeoGraph.Api.GraphQL.Http;
using GeoGraph.Api.GraphQL.Limits;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.GraphQL;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by query text, so a repeated query is neither
/// parsed nor validated again; only the rules that depend on the caller or the variables (access,
/// limits, introspection switch) run on a cached document. Bounded: past the limit, nothing new is kept.
/// A new document is measured against the request limits right after parsing, so a hostile query is
/// refused before the full validation (the costliest step) runs on it.
/// </summary>
internal sealed class DocumentCache(IOptions<GraphQLOptions> options) : IConfigureExecution
{
    private const int MaxEntries = 2000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    // After the options are configured (validation rules added), before execution.
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null)
            return await next(options).ConfigureAwait(false);
        if (_documents.TryGetValue(options.Query, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
            return await next(options).ConfigureAwait(false);
        }
        if (Refuse(options) is { } refused)
            return refused;
        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is { } document && _documents.Count < MaxEntries)
            _documents.TryAdd(options.Query, document);
        return result;
    }

    /// <summary>Parses the query and checks its limits; the parsed document is kept for execution.</summary>
    private ExecutionResult? Refuse(ExecutionOptions execution)
    {
        if (execution.Schema is not { } schema)
            return null;
        if (OperationParser.TryParse(execution.Query!, out var error) is not { } document)
            return error is GraphQLMaxDepthExceededException ? Refusal([("MAX_DEPTH", ParserDepthMessage)]) : null;
        execution.Document = document;
        if (OperationParser.Selected(document, execution.OperationName) is not { } operation)
            return null;
        schema.Initialize();
        var refusals = RequestLimits.Check(document, operation, schema, options.Value,
            name => execution.Variables is { } variables && variables.TryGetValue(name, out var value) ? value : null);
        return refusals.Count == 0 ? null : Refusal(refusals);
    }

    /// <summary>The parser's own nesting bound: far past any depth limit, reached only by hostile text.</summary>
    private const string ParserDepthMessage = "The query nests deeper than the parser accepts.";

    private static ExecutionResult Refusal(IEnumerable<(string Code, string Message)> refusals)
    {
        var errors = new ExecutionErrors();
        foreach (var (code, message) in refusals)
            errors.Add(new ExecutionError(message) { Code = code });
        return new ExecutionResult { Errors = errors, Executed = false };
    }
}

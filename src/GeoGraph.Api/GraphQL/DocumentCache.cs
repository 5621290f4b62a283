using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using GraphQL.Validation;

namespace GeoGraph.Api.GraphQL;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by query text, so a repeated query is neither
/// parsed nor validated again; only the rules that depend on the caller or the variables (access,
/// limits, introspection switch) run on a cached document. Bounded: past the limit, nothing new is kept.
/// </summary>
internal sealed class DocumentCache : IConfigureExecution
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
        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is { } document && _documents.Count < MaxEntries)
            _documents.TryAdd(options.Query, document);
        return result;
    }
}

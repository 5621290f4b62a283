using GraphQL;
using GraphQL.Transport;

namespace GeoGraph.Api.GraphQL.Http;

/// <summary>Writes execution results and request-level errors with the media type the client accepts.</summary>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";
    public const string JsonMediaType = "application/json";

    public async Task WriteAsync(HttpContext context, ExecutionResult result, int statusCode, string mediaType)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A request that never reached execution: bad JSON, no query, too large, wrong method.</summary>
    public Task WriteErrorAsync(HttpContext context, int statusCode, string code, string message, string mediaType)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        return WriteAsync(context, result, statusCode, mediaType);
    }
}

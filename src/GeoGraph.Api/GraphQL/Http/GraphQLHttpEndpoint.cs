using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http.Features;
using GeoGraph.Api.Observability;
using GeoGraph.Api.Security;
using Serilog;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body, GET with query-string parameters (queries only).
/// Malformed requests are answered before execution, with the status codes of the GraphQL-over-HTTP specification.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    CallerResolver callers,
    IDiagnosticContext diagnostics,
    IDocumentExecuter<GeoGraphSchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLResponseWriter writer,
    IOptions<GraphQLOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var mediaType = MediaTypeNegotiation.Choose(context.Request);
        if (mediaType is null)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"Accept {GraphQLResponseWriter.GraphQLResponseMediaType} or {GraphQLResponseWriter.JsonMediaType}.", GraphQLResponseWriter.JsonMediaType).ConfigureAwait(false);
            return;
        }

        var (caller, refusal) = callers.Resolve(context);
        if (caller is null)
        {
            await RefuseAsync(context, refusal!, mediaType).ConfigureAwait(false);
            return;
        }

        var request = HttpMethods.IsGet(context.Request.Method)
            ? await ReadGetAsync(context, mediaType).ConfigureAwait(false)
            : await ReadPostAsync(context, mediaType).ConfigureAwait(false);
        if (request is null)
            return;

        using var activity = Telemetry.Source.StartActivity("graphql");
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            UserContext = caller,
            CancellationToken = context.RequestAborted,
        }).ConfigureAwait(false);
        Describe(activity, result, request.OperationName, caller);

        // Under the graphql-response media type a request that never executed (syntax, validation) is a client error.
        var status = mediaType == GraphQLResponseWriter.GraphQLResponseMediaType && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await writer.WriteAsync(context, result, status, mediaType).ConfigureAwait(false);
    }

    /// <summary>Names the operation in the request log and the trace, once execution has parsed it.</summary>
    private void Describe(System.Diagnostics.Activity? activity, ExecutionResult result, string? requestedName, CallerContext caller)
    {
        var name = result.Operation?.Name?.StringValue ?? requestedName ?? "(anonymous)";
        var type = result.Operation?.Operation.ToString().ToLowerInvariant() ?? "invalid";
        diagnostics.Set("GraphQLOperation", name);
        diagnostics.Set("Caller", caller.Caller);
        activity?.SetTag("graphql.operation.name", name);
        activity?.SetTag("graphql.operation.type", type);
        activity?.SetTag("graphql.errors", result.Errors?.Count ?? 0);
    }

    private async Task<ParsedRequest?> ReadPostAsync(HttpContext context, string mediaType)
    {
        var contentType = context.Request.ContentType;
        if (contentType is null || !contentType.StartsWith(GraphQLResponseWriter.JsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                "POST a JSON body with Content-Type: application/json.", mediaType).ConfigureAwait(false);
            return null;
        }

        var limit = options.Value.MaxRequestBytes;
        if (context.Request.ContentLength > limit)
        {
            await TooLargeAsync(context, limit, mediaType).ConfigureAwait(false);
            return null;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
            sizeFeature.MaxRequestBodySize = limit;

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLargeAsync(context, limit, mediaType).ConfigureAwait(false);
            return null;
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-body: there is nobody to answer.
            return null;
        }
        catch (BadHttpRequestException unreadable)
        {
            // A body shorter than its Content-Length, or broken chunking: the client's fault, not a server error.
            await writer.WriteErrorAsync(context, unreadable.StatusCode, "INVALID_BODY",
                "The request body could not be read: " + unreadable.Message, mediaType).ConfigureAwait(false);
            return null;
        }
        catch (Exception malformed) when (malformed is JsonException or InvalidOperationException or FormatException or DecoderFallbackException)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "INVALID_JSON",
                "The request body is not a JSON object in UTF-8: " + malformed.Message, mediaType).ConfigureAwait(false);
            return null;
        }
        return await ValidatedAsync(context, request, mediaType, allowMutations: true).ConfigureAwait(false);
    }

    private async Task<ParsedRequest?> ReadGetAsync(HttpContext context, string mediaType)
    {
        var query = context.Request.Query;
        GraphQLRequest request;
        try
        {
            request = new GraphQLRequest
            {
                Query = query["query"].FirstOrDefault(),
                OperationName = query["operationName"].FirstOrDefault() is { Length: > 0 } name ? name : null,
                Variables = query["variables"].FirstOrDefault() is { Length: > 0 } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = query["extensions"].FirstOrDefault() is { Length: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            };
        }
        catch (Exception malformed) when (malformed is JsonException or InvalidOperationException or FormatException)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "INVALID_JSON",
                "The variables or extensions parameter is not a JSON object: " + malformed.Message, mediaType).ConfigureAwait(false);
            return null;
        }
        return await ValidatedAsync(context, request, mediaType, allowMutations: false).ConfigureAwait(false);
    }

    private async Task<ParsedRequest?> ValidatedAsync(HttpContext context, GraphQLRequest? request, string mediaType, bool allowMutations)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "MISSING_QUERY",
                "The request has no query.", mediaType).ConfigureAwait(false);
            return null;
        }

        // Only GET needs to see the operation before it runs: mutations are refused there.
        var document = allowMutations ? null : OperationParser.TryParse(request.Query);
        if (document is not null && OperationParser.Selected(document, request.OperationName)?.Operation is OperationType.Mutation or OperationType.Subscription)
        {
            context.Response.Headers.Allow = "POST";
            await writer.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED",
                "Mutations must be sent with POST.", mediaType).ConfigureAwait(false);
            return null;
        }
        return new ParsedRequest(request.Query, request.OperationName, request.Variables, request.Extensions);
    }

    private Task RefuseAsync(HttpContext context, string code, string mediaType)
    {
        if (code == "FORBIDDEN")
            return writer.WriteErrorAsync(context, StatusCodes.Status403Forbidden, code, "These credentials carry no GeoGraph role.", mediaType);
        context.Response.Headers.WWWAuthenticate = $"Bearer, {ApiKeyAuthenticationHandler.SchemeName} header=\"{ApiKeyAuthenticationHandler.HeaderName}\"";
        var message = code == "INVALID_CREDENTIALS"
            ? "The API key or bearer token is not valid."
            : $"Send an API key in {ApiKeyAuthenticationHandler.HeaderName} or a bearer token.";
        return writer.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, code, message, mediaType);
    }

    private Task TooLargeAsync(HttpContext context, long limit, string mediaType) =>
        writer.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE",
            $"The request body is larger than {limit} bytes.", mediaType);

    private sealed record ParsedRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
}

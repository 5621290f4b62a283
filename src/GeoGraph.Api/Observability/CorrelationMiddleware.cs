using System.Diagnostics;
using Serilog.Context;

namespace GeoGraph.Api.Observability;

/// <summary>
/// Gives every request a correlation id (the caller's <c>X-Correlation-Id</c>, else the trace id), echoes it
/// in the response and puts it on every log event of the request.
/// </summary>
internal sealed class CorrelationMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.Request.Headers[HeaderName].FirstOrDefault() is { Length: > 0 and <= 128 } given && given.All(IsSafe)
            ? given
            : Activity.Current?.TraceId.ToString() ?? ActivityTraceId.CreateRandom().ToString();
        context.Response.Headers[HeaderName] = id;
        Activity.Current?.SetTag("geograph.correlation_id", id);
        using (LogContext.PushProperty("CorrelationId", id))
            await next(context).ConfigureAwait(false);
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}

using GeoGraph.Core.Extraction;
using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Execution;

namespace GeoGraph.Api.GraphQL;

/// <summary>
/// The one place exceptions become GraphQL errors: errors the caller can fix keep their message and code;
/// anything else is logged once here and reported without details (no stack traces, SQL or Cypher).
/// </summary>
internal static partial class ErrorMapping
{
    public const string InternalCode = "INTERNAL_ERROR";

    public static Task HandleAsync(UnhandledExceptionContext context, ILogger logger)
    {
        switch (context.OriginalException)
        {
            case InvalidQueryException invalid:
                context.Exception = new ExecutionError(invalid.Message) { Code = invalid.Code };
                break;
            case ArticleRejectedException rejected:
                context.Exception = new ExecutionError(rejected.Message) { Code = rejected.Code };
                break;
            case OperationCanceledException:
                context.Exception = new ExecutionError("The operation was cancelled or ran out of time.") { Code = "CANCELLED" };
                break;
            default:
                LogUnhandled(logger, context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(none)");
                context.Exception = new ExecutionError("An internal error occurred; it has been logged.") { Code = InternalCode };
                break;
        }
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Unhandled error resolving GraphQL field {Field}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string field);
}

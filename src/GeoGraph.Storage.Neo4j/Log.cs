using Microsoft.Extensions.Logging;

namespace GeoGraph.Storage.Neo4j;

internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Applied Neo4j schema statement {Statement}")]
    public static partial void SchemaApplied(ILogger logger, string statement);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Imported article {ArticleId}: {Entities} entities, {Claims} claims, {Relations} relations")]
    public static partial void ArticleImported(ILogger logger, string articleId, int entities, int claims, int relations);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Article {ArticleId} is already stored; nothing changed")]
    public static partial void ArticleAlreadyStored(ILogger logger, string articleId);
}

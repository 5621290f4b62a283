using Microsoft.Extensions.Logging;

namespace GeoGraph.Storage.Sqlite;

internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Applied SQLite migration {Version} ({Name}) to {DatabasePath}")]
    public static partial void MigrationApplied(ILogger logger, int version, string name, string databasePath);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Imported article {ArticleId}: {Entities} entities, {Claims} claims, {Relations} relations")]
    public static partial void ArticleImported(ILogger logger, string articleId, int entities, int claims, int relations);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Article {ArticleId} is already stored; nothing changed")]
    public static partial void ArticleAlreadyStored(ILogger logger, string articleId);
}

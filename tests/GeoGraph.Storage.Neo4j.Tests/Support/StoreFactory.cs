using Microsoft.Extensions.Logging.Abstractions;

namespace GeoGraph.Storage.Neo4j.Tests.Support;

internal static class StoreFactory
{
    public static Neo4jGraphStore Over(RecordingSession session) => new(session, NullLogger.Instance, TimeProvider.System);
}

using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Api.GraphQL;

/// <summary>Limits and switches of the GraphQL endpoint, bound from configuration section <c>GraphQL</c>.</summary>
public sealed class GraphQLOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How deep a query's selections may nest.</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 10;

    /// <summary>How long one operation may run before it is stopped.</summary>
    [Range(1, 3600)]
    public int ExecutionTimeoutSeconds { get; set; } = 30;

    /// <summary>Serve GraphiQL at <c>/graphiql</c>.</summary>
    public bool EnableGraphiQL { get; set; } = true;
}

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

    /// <summary>
    /// The largest cost an operation may have: every field counts 1, times the page size of each list it sits under.
    /// 1,000 matches HotChocolate's default maximum field cost.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxCost { get; set; } = 1000;

    /// <summary>How many rows a list without a <c>first</c> argument is assumed to return, for the cost.</summary>
    [Range(1, 1000)]
    public int DefaultListSize { get; set; } = 10;

    /// <summary>How many aliases an operation may use.</summary>
    [Range(0, 1000)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>How many fields an operation may select at its root.</summary>
    [Range(1, 1000)]
    public int MaxRootFields { get; set; } = 20;

    /// <summary>
    /// How many fragments a document may define. Fragments spreading one another cost GraphQL validation
    /// far more than linear time, so a long chain is refused before validation runs.
    /// </summary>
    [Range(0, 1000)]
    public int MaxFragments { get; set; } = 100;

    /// <summary>Answer introspection queries (<c>__schema</c>, <c>__type</c>).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>How long one operation may run before it is stopped.</summary>
    [Range(1, 3600)]
    public int ExecutionTimeoutSeconds { get; set; } = 30;

    /// <summary>How long a WebSocket client has to send connection_init.</summary>
    [Range(1, 600)]
    public int ConnectionInitTimeoutSeconds { get; set; } = 10;

    /// <summary>Serve GraphiQL at <c>/graphiql</c>.</summary>
    public bool EnableGraphiQL { get; set; } = true;
}

namespace GeoGraph.Bolt.Results;

/// <summary>All records of one query, collected.</summary>
/// <param name="Keys">The column names.</param>
/// <param name="Records">The rows.</param>
/// <param name="Summary">The final summary.</param>
public sealed record EagerResult(IReadOnlyList<string> Keys, IReadOnlyList<Record> Records, ResultSummary Summary);

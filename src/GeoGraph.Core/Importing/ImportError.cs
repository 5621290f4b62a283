namespace GeoGraph.Core.Importing;

/// <summary>An expected failure, reported to the caller as data: a stable code and a sentence.</summary>
public sealed record ImportError(string Code, string Message);

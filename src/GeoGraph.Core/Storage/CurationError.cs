namespace GeoGraph.Core.Storage;

/// <summary>An expected curation failure, reported as data: a stable code from <see cref="CurationErrorCodes"/> and a sentence.</summary>
public sealed record CurationError(string Code, string Message);

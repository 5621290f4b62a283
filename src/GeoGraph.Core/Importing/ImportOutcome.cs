using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Importing;

/// <summary>What happened to one imported article: stored (new or already there), or rejected with a reason.</summary>
public sealed record ImportOutcome(ImportResult? Result, IReadOnlyList<string> Warnings, ImportError? Error)
{
    /// <summary>True when the article is in the store now (created by this import or already there).</summary>
    public bool Succeeded => Result is not null;

    /// <summary>The outcome of an article that reached the store.</summary>
    public static ImportOutcome Stored(ImportResult result, IReadOnlyList<string> warnings) => new(result, warnings, null);

    /// <summary>The outcome of input that held no article to store.</summary>
    public static ImportOutcome Rejected(string code, string message) => new(null, [], new ImportError(code, message));
}

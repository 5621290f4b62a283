using GeoGraph.Core.Importing;

namespace GeoGraph.Api.Cli;

/// <summary>Counts import outcomes and words them, one line per article and a summary.</summary>
internal sealed class ImportTally
{
    public int Created { get; private set; }

    public int Existing { get; private set; }

    public int Failed { get; private set; }

    public string RecordUnreadable(string source, string? error)
    {
        Failed++;
        return $"failed   {source}: {error}";
    }

    public string Record(string source, ImportOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            Failed++;
            return $"failed   {source}: {error.Code}: {error.Message}";
        }
        var result = outcome.Result!;
        var warnings = outcome.Warnings.Count == 0 ? "" : " (" + string.Join("; ", outcome.Warnings) + ")";
        if (!result.Created)
        {
            Existing++;
            return $"exists   {source}: article {result.ArticleId} was already stored";
        }
        Created++;
        return $"created  {source}: article {result.ArticleId}, {result.Entities} entities, {result.Claims} claims, {result.Relations} relations{warnings}";
    }

    public string Summary() =>
        $"{Created + Existing + Failed} articles: {Created} created, {Existing} already stored, {Failed} failed";
}

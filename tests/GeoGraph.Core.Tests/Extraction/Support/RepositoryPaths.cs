namespace GeoGraph.Core.Tests.Extraction.Support;

/// <summary>Finds files of the repository (the scorer, the regression corpus) from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scorer => Path.Combine(Root, "tests", "tools", "score-extraction");

    /// <summary>A folder of annotated articles under tests/corpus: "articles" (tuned on), "holdout" or "holdout2" (the development sets).</summary>
    public static string Corpus(string set) => Path.Combine(Root, "tests", "corpus", set);

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Extraction", "Data", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("The repository root (with GeoGraph.sln) is not above the test binaries.");
    }
}

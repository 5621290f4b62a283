namespace GeoGraph.Core.Tests.Extraction.Support;

/// <summary>Finds files of the repository (the scorer, the regression corpus) from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scorer => Path.Combine(Root, "tests", "tools", "score-extraction");

    public static string Corpus => Path.Combine(Root, "tests", "corpus", "articles");

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

namespace GeoGraph.Benchmarks.Extraction;

/// <summary>Finds the repository's gazetteer and corpus from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class BenchmarkFiles
{
    public static string Root { get; } = FindRoot();

    public static string Gazetteer => Path.Combine(Root, "seed-data", "gazetteer");

    /// <summary>A long feature of the regression corpus: about 700 words of body plus site junk.</summary>
    public static string Article => Path.Combine(Root, "tests", "corpus", "articles", "05-lebanon-hezbollah-israel-ceasefire.txt");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln")))
                    return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("GeoGraph.sln not found above the benchmark's folder.");
    }
}

namespace GeoGraph.Benchmarks.Load;

/// <summary>The repository's root folder, found upwards from the working folder or the binary.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "GeoGraph.sln")))
                    return folder.FullName;
            }
        }
        throw new InvalidOperationException("Run the load benchmark from inside the GeoGraph repository.");
    }
}

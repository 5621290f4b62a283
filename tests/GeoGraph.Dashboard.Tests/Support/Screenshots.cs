namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>Where the tests leave their screenshots: TestResults/screenshots in this test project's folder.</summary>
public static class Screenshots
{
    public static string Folder { get; } = FindFolder();

    public static string PathFor(string name) => Path.Combine(Folder, name + ".png");

    private static string FindFolder()
    {
        var project = new DirectoryInfo(AppContext.BaseDirectory);
        while (project is not null && !File.Exists(Path.Combine(project.FullName, "GeoGraph.Dashboard.Tests.csproj")))
            project = project.Parent;
        var folder = Path.Combine(project?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}

using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Every annotated corpus folder, the blind one included, passes tests/tools/check-corpus: spans found in the body,
/// entities declared, relation vocabulary, sources cited, each gold file scoring 1.0 against itself. Only the
/// annotations are read; no extractor runs here, so a blind folder stays blind.
/// </summary>
public sealed class CorpusAnnotationTests
{
    public static TheoryData<string> Folders() =>
        new(Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "tests", "corpus")).Select(Path.GetFileName).OfType<string>()
            .Where(name => Directory.GetFiles(RepositoryPaths.Corpus(name), "*.gold.json").Length > 0).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Folders))]
    public async Task AnnotationsPassTheCorpusCheck(string folder)
    {
        var run = await PythonTool.RunAsync(Path.Combine(RepositoryPaths.Root, "tests", "tools", "check-corpus"), [RepositoryPaths.Corpus(folder)],
            TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, $"check-corpus {folder} failed ({run.ExitCode}):\n{run.Output}\n{run.Error}");
        Assert.Contains(" 0 fail", run.Output, StringComparison.Ordinal);
    }
}

using GeoGraph.Api.Importing;

namespace GeoGraph.Api.Tests.Importing;

public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-files-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ATextFileTakesItsMetadataFromASiblingMetaFile()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.txt"), "Body text.", Token);
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.meta.json"), """{"title":"T","outlet":"O","url":"https://example.org/a","publishedAt":"2024-02-03T00:00:00Z"}""", Token);

        var article = Assert.Single(ArticleFileReader.Read([_folder]));

        Assert.Equal("Body text.", article.Input!.Text);
        Assert.Equal("T", article.Input.Title);
        Assert.Equal("O", article.Input.Outlet);
        Assert.Equal(new DateTimeOffset(2024, 2, 3, 0, 0, 0, TimeSpan.Zero), article.Input.PublishedAt);
    }

    [Fact]
    public async Task AJsonFileMayHoldOneArticleOrAList()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "one.json"), """{"text":"One.","title":"First"}""", Token);
        await File.WriteAllTextAsync(Path.Combine(_folder, "many.json"), """[{"text":"Two."},{"text":"Three."},{"title":"no text"}]""", Token);

        var articles = ArticleFileReader.Read([_folder]).ToList();

        Assert.Equal(["Two.", "Three.", null, "One."], articles.Select(a => a.Input?.Text));
        Assert.Contains("no \"text\"", articles[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnnotationFilesAndOtherFilesAreSkippedInFolders()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.txt"), "Body.", Token);
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.gold.json"), "{}", Token);
        await File.WriteAllTextAsync(Path.Combine(_folder, "notes.md"), "#", Token);

        Assert.Single(ArticleFileReader.Read([_folder]));
    }

    [Fact]
    public async Task InvalidJsonAndInvalidUtf8AreReportedPerFile()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "bad.json"), "{ not json", Token);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "bad.txt"), [0x41, 0xC3, 0x28, 0xFF], Token);

        var errors = ArticleFileReader.Read([_folder]).Select(a => a.Error).ToList();

        Assert.Contains("not valid JSON", errors[0], StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", errors[1], StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

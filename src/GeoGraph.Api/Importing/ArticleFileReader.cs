using System.Text;
using System.Text.Json;
using GeoGraph.Core.Extraction;

namespace GeoGraph.Api.Importing;

/// <summary>
/// Reads articles from files and folders: <c>.txt</c> (the text, with optional metadata in a sibling
/// <c>NAME.meta.json</c>) and <c>.json</c> (an article object or a list of them). Folders are read
/// recursively in name order; annotation files (<c>*.gold.json</c>, <c>*.meta.json</c>) are skipped.
/// </summary>
public static class ArticleFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every article under the given paths, in a stable order; unreadable files come back with an error.</summary>
    public static IEnumerable<ArticleFile> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsArticleFile)
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var article in ReadFile(file))
                        yield return article;
                }
            }
            else if (File.Exists(path))
            {
                foreach (var article in ReadFile(path))
                    yield return article;
            }
            else
            {
                yield return new ArticleFile(path, null, "No such file or folder.");
            }
        }
    }

    private static bool IsArticleFile(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase))
            return false;
        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    private static List<ArticleFile> ReadFile(string path)
    {
        List<ArticleFile> articles;
        try
        {
            articles = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ReadJson(path) : [ReadText(path)];
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or DecoderFallbackException or JsonException)
        {
            articles = [new ArticleFile(path, null, Describe(error))];
        }
        return articles;
    }

    private static ArticleFile ReadText(string path)
    {
        var text = File.ReadAllText(path, StrictUtf8);
        var metaPath = Path.ChangeExtension(path, null) + ".meta.json";
        var meta = File.Exists(metaPath)
            ? JsonSerializer.Deserialize<ArticleFileDocument>(File.ReadAllText(metaPath, StrictUtf8), Json)
            : null;
        return new ArticleFile(path, new ArticleInput(text, meta?.Title, meta?.Url, meta?.Outlet, meta?.PublishedAt), null);
    }

    private static List<ArticleFile> ReadJson(string path)
    {
        var json = File.ReadAllText(path, StrictUtf8);
        using var document = JsonDocument.Parse(json);
        var documents = document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement.Deserialize<List<ArticleFileDocument>>(Json) ?? []
            : [document.RootElement.Deserialize<ArticleFileDocument>(Json)!];
        return documents.Select((d, i) => ToArticle(documents.Count == 1 ? path : $"{path}#{i}", d)).ToList();
    }

    private static ArticleFile ToArticle(string source, ArticleFileDocument document) =>
        document.Text is null
            ? new ArticleFile(source, null, "The JSON article has no \"text\" field.")
            : new ArticleFile(source, new ArticleInput(document.Text, document.Title, document.Url, document.Outlet, document.PublishedAt), null);

    private static string Describe(Exception error) => error switch
    {
        DecoderFallbackException => "The file is not valid UTF-8 text.",
        JsonException json => "The file is not valid JSON: " + json.Message,
        _ => error.Message,
    };
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction;

/// <summary>
/// Writes an <see cref="ArticleGraph"/> in the layout of the hand annotations that
/// <c>score-extraction</c> reads: <c>organisations, groups, countries, provinces, officials, claims</c>,
/// each naming entities by canonical name; an unnamed speaker is written by its organisation, else its description.
/// A claim's denials go in <c>denied</c>, apart from its <c>relations</c>.
/// </summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public static void Write(ArticleGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, Options);
        Write(graph, writer);
    }

    /// <summary>The JSON text of <paramref name="graph"/>.</summary>
    public static string ToJson(ArticleGraph graph)
    {
        using var stream = new MemoryStream();
        Write(graph, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <paramref name="graph"/> as one JSON object to <paramref name="writer"/>, and flushes it.</summary>
    public static void Write(ArticleGraph graph, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        var names = graph.Entities.ToDictionary(e => e.Id, e => e.Name);
        string? Name(EntityId? id) => id is { } i && names.TryGetValue(i, out var n) ? n : null;

        writer.WriteStartObject();
        WriteArticle(graph, writer);
        writer.WriteStartArray("organisations");
        foreach (var o in graph.Entities.OfType<Organisation>())
        {
            StartEntity(writer, o);
            writer.WriteString("kind", o.Category);
            writer.WriteString("country", Name(o.Country));
            writer.WriteString("part_of", Name(o.PartOf));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("groups");
        foreach (var g in graph.Entities.OfType<Group>())
        {
            StartEntity(writer, g);
            writer.WriteString("kind", g.Category);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("countries");
        foreach (var c in graph.Entities.OfType<Country>())
        {
            StartEntity(writer, c);
            writer.WriteString("iso2", c.IsoCode);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("provinces");
        foreach (var p in graph.Entities.OfType<Province>())
        {
            StartEntity(writer, p);
            writer.WriteString("iso", p.IsoCode);
            writer.WriteString("country", Name(p.Country));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("officials");
        foreach (var o in graph.Entities.OfType<Official>())
        {
            StartEntity(writer, o);
            writer.WriteString("title", o.Title);
            writer.WriteString("role", o.Role);
            writer.WriteString("organisation", Name(o.Organisation));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("claims");
        foreach (var c in graph.Claims)
            WriteClaim(writer, c, Name);
        writer.WriteEndArray();
        writer.WriteStartArray("warnings");
        foreach (var w in graph.Warnings)
            writer.WriteStringValue(w);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>The word the annotations use for a claim's form: "direct quote", "reported", "according to".</summary>
    public static string FormWord(ClaimForm form) => form switch
    {
        ClaimForm.DirectQuote => "direct quote",
        ClaimForm.AccordingTo => "according to",
        _ => "reported",
    };

    // A speaker the article only describes, in the annotations' form: an indefinite or bare description ("a security
    // source", "officials", "the presidency") is "security source (unnamed)"; a definite one with a name in it ("the
    // Karabakh authorities") points at a body and stays as written, as the name the article gives it.
    private static string? Unnamed(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
            return null;
        // "Grace Akello": a person the article names but no list knows is written by the name.
        if (description.Split(' ') is { Length: >= 2 } nameWords && nameWords.All(w => w.Length > 0 && char.IsUpper(w[0])))
            return description;
        var words = description.Split(' ', 2);
        var determiner = words[0].ToLowerInvariant();
        // "the deputy governor of Kisumu county": a name only after "of", "in" or "at" places the person, not a body.
        if (determiner == "the" && words.Length == 2 && words[1].Split(' ').TakeWhile(w => w is not ("of" or "in" or "at")).Any(w => w.Length > 0 && char.IsUpper(w[0])))
            return description;
        // "one of the soldiers" keeps its "one": the rest alone is no description.
        var bare = words.Length == 2 && determiner is "a" or "an" or "the" or "another" or "one" && !words[1].StartsWith("of ", StringComparison.Ordinal) ? words[1] : description;
        return $"{bare} (unnamed)";
    }

    private static void WriteArticle(ArticleGraph graph, Utf8JsonWriter writer)
    {
        var a = graph.Article;
        writer.WriteStartObject("article");
        writer.WriteString("id", a.Id.Value);
        writer.WriteString("title", a.Title);
        writer.WriteString("url", a.Url);
        writer.WriteString("outlet", a.Outlet);
        writer.WriteNumber("body_length", a.Body.Length);
        writer.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter writer, Claim c, Func<EntityId?, string?> name)
    {
        writer.WriteStartObject();
        writer.WriteString("id", c.Id.Value);
        writer.WriteString("text", c.Text);
        writer.WriteNumber("start", c.Span.Start);
        writer.WriteNumber("length", c.Span.Length);
        writer.WriteString("speaker", name(c.Speaker) ?? Unnamed(c.SpeakerDescription));
        writer.WriteString("speaker_description", c.SpeakerDescription);
        writer.WriteString("reported_by", name(c.ReportedBy));
        writer.WriteString("form", FormWord(c.Form));
        writer.WriteBoolean("hedged", c.Hedged);
        writer.WriteBoolean("negated", c.Negated);
        WriteNames(writer, "about", c.About, name);
        WriteNames(writer, "places", c.Places, name);
        WriteRelations(writer, "relations", c.Relations, name);
        // Denials stay out of "relations" so that the scorer's relation figures count assertions only.
        WriteRelations(writer, "denied", c.Denied ?? [], name);
        writer.WriteEndObject();
    }

    private static void WriteRelations(Utf8JsonWriter writer, string property, IReadOnlyList<RelationAssertion> relations, Func<EntityId?, string?> name)
    {
        writer.WriteStartArray(property);
        foreach (var r in relations)
        {
            writer.WriteStartObject();
            writer.WriteString("from", name(r.From));
            writer.WriteString("type", r.Type.Name());
            writer.WriteString("to", name(r.To));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteNames(Utf8JsonWriter writer, string property, IReadOnlyList<EntityId> ids, Func<EntityId?, string?> name)
    {
        writer.WriteStartArray(property);
        foreach (var id in ids)
            writer.WriteStringValue(name(id));
        writer.WriteEndArray();
    }

    private static void StartEntity(Utf8JsonWriter writer, Entity e)
    {
        writer.WriteStartObject();
        writer.WriteString("name", e.Name);
        writer.WriteStartArray("aliases");
        foreach (var alias in e.Aliases)
            writer.WriteStringValue(alias);
        writer.WriteEndArray();
    }
}

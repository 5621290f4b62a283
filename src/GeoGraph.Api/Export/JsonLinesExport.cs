using System.Text.Json;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Export;

/// <summary>One JSON object per line: nodes, then edges, then claims, each with a "type" field saying which.</summary>
public static class JsonLinesExport
{
    public static async Task WriteAsync(GraphSnapshot snapshot, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var node in snapshot.Nodes)
            await WriteLineAsync(output, new { type = "node", id = node.Id.Value, kind = node.Kind.ToString(), name = node.Name, aliases = node.Aliases }).ConfigureAwait(false);
        foreach (var edge in snapshot.Edges)
        {
            await WriteLineAsync(output, new
            {
                type = "edge",
                from = edge.From.Value,
                relation = edge.Type.Name(),
                to = edge.To.Value,
                claims = edge.ClaimCount,
                hedged = edge.HedgedCount,
                firstReported = edge.FirstReported,
                lastReported = edge.LastReported,
            }).ConfigureAwait(false);
        }
        await foreach (var claim in snapshot.Claims.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await WriteLineAsync(output, new
            {
                type = "claim",
                id = claim.Id.Value,
                article = claim.Article.Value,
                text = claim.Text,
                form = claim.Form.ToString(),
                speaker = claim.Speaker?.Value,
                speakerDescription = claim.SpeakerDescription,
                reportedBy = claim.ReportedBy?.Value,
                hedged = claim.Hedged,
                negated = claim.Negated,
                about = claim.About.Select(a => a.Value),
                places = claim.Places.Select(p => p.Value),
                relations = claim.Relations.Select(r => new { from = r.From.Value, relation = r.Type.Name(), to = r.To.Value }),
                reportedAt = claim.ReportedAt,
            }).ConfigureAwait(false);
        }
    }

    private static Task WriteLineAsync(TextWriter output, object line) => output.WriteLineAsync(JsonSerializer.Serialize(line));
}

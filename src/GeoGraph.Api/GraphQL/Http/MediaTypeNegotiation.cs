using Microsoft.Net.Http.Headers;

namespace GeoGraph.Api.GraphQL.Http;

/// <summary>Picks the response media type from the Accept header, as the GraphQL-over-HTTP specification describes.</summary>
internal static class MediaTypeNegotiation
{
    /// <summary>The media type to answer with, or null when the client accepts neither GraphQL response type.</summary>
    public static string? Choose(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        // No Accept header: the specification's legacy default.
        if (accept.Count == 0)
            return GraphQLResponseWriter.JsonMediaType;

        string? best = null;
        double bestQuality = 0;
        foreach (var range in accept)
        {
            var quality = range.Quality ?? 1;
            if (quality <= 0)
                continue;
            var candidate = Candidate(range);
            if (candidate is not null && quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static string? Candidate(MediaTypeHeaderValue range)
    {
        var type = range.MediaType.Value ?? "";
        if (type.Equals(GraphQLResponseWriter.GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase))
            return GraphQLResponseWriter.GraphQLResponseMediaType;
        if (type.Equals(GraphQLResponseWriter.JsonMediaType, StringComparison.OrdinalIgnoreCase))
            return GraphQLResponseWriter.JsonMediaType;
        // A wildcard gets the media type every client understands, as the specification recommends.
        if (type is "*/*" || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            return GraphQLResponseWriter.JsonMediaType;
        return null;
    }
}

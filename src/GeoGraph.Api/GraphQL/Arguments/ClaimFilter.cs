using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.GraphQL.Arguments;

/// <summary>The claim filter as a client sends it.</summary>
public sealed class ClaimFilter
{
    public string? Speaker { get; set; }

    public string? About { get; set; }

    public string? Place { get; set; }

    public string? ArticleId { get; set; }

    public ClaimForm? Form { get; set; }

    public bool? Hedged { get; set; }

    public string? Text { get; set; }

    public ClaimQuery ToQuery() => new(
        Speaker,
        About,
        Place,
        ArticleId is null ? null : new ArticleId(ArticleId),
        Form,
        Hedged,
        Text);
}

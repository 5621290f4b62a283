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

    public DateTimeOffset? Since { get; set; }

    public DateTimeOffset? Until { get; set; }

    public string? SpeakerId { get; set; }

    public string? AboutId { get; set; }

    public string? ReportedBy { get; set; }

    public bool? Negated { get; set; }

    public RelationType? RelationType { get; set; }

    public string? Outlet { get; set; }

    public ClaimQuery ToQuery(ClaimSort sort = ClaimSort.Newest) => new(
        Speaker,
        About,
        Place,
        ArticleId is null ? null : new ArticleId(ArticleId),
        Form,
        Hedged,
        Text,
        Since: Since,
        Until: Until,
        SpeakerId: SpeakerId is null ? null : new EntityId(SpeakerId),
        AboutId: AboutId is null ? null : new EntityId(AboutId),
        ReportedBy: ReportedBy,
        Negated: Negated,
        RelationType: RelationType,
        Outlet: Outlet,
        Sort: sort);
}

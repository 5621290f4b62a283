using GeoGraph.Core.Model;

namespace GeoGraph.Api.GraphQL.Preview;

/// <summary>A claim of a preview, with every entity it refers to named.</summary>
public sealed record PreviewClaim(Claim Claim, ExtractionPreview Preview)
{
    public string? Speaker => Preview.NameOf(Claim.Speaker);

    public string? ReportedBy => Preview.NameOf(Claim.ReportedBy);

    public IReadOnlyList<string> About => Names(Claim.About);

    public IReadOnlyList<string> Places => Names(Claim.Places);

    public IReadOnlyList<PreviewRelation> Relations =>
        Claim.Relations.Select(r => new PreviewRelation(Preview.NameOf(r.From) ?? r.From.Value, r.Type, Preview.NameOf(r.To) ?? r.To.Value)).ToList();

    private List<string> Names(IEnumerable<EntityId> ids) => ids.Select(id => Preview.NameOf(id) ?? id.Value).ToList();
}

/// <summary>A relation a previewed claim asserts, by name.</summary>
public sealed record PreviewRelation(string From, RelationType Type, string To);

using GeoGraph.Core.Model;

namespace GeoGraph.Api.GraphQL.Preview;

/// <summary>An entity of a preview, with its affiliations named rather than linked.</summary>
public sealed record PreviewEntity(Entity Entity, ExtractionPreview Preview)
{
    public string? Title => (Entity as Official)?.Title;

    public string? Role => (Entity as Official)?.Role;

    public string? Organisation => Preview.NameOf((Entity as Official)?.Organisation ?? (Entity as Organisation)?.PartOf);

    public string? Country => Preview.NameOf((Entity as Province)?.Country ?? (Entity as Organisation)?.Country);
}

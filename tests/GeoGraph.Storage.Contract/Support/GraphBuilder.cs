using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Contract.Support;

/// <summary>Builds small article graphs by name, so contract tests read like the articles they stand for.</summary>
public sealed class GraphBuilder(string body, DateTimeOffset? publishedAt = null, string? title = null, string? outlet = null)
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly List<Claim> _claims = [];
    private readonly ArticleId _articleId = ArticleId.FromBody(body);

    public static readonly DateTimeOffset Imported = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public GraphBuilder Organisation(string name, string[]? aliases = null, string? category = null, string? partOf = null, string? country = null) =>
        Add(new Organisation(EntityId.For(EntityKind.Organisation, name), name, aliases ?? [], category, Ref(partOf), Ref(country)));

    public GraphBuilder Group(string name, params string[] aliases) =>
        Add(new Group(EntityId.For(EntityKind.Group, name), name, aliases));

    public GraphBuilder Official(string name, string? title = null, string? role = null, string? organisation = null) =>
        Add(new Official(EntityId.For(EntityKind.Official, name), name, [], title, role, Ref(organisation)));

    public GraphBuilder Country(string name, string iso, params string[] aliases) =>
        Add(new Country(EntityId.For(EntityKind.Country, name), name, aliases, iso));

    public GraphBuilder Province(string name, string? iso, string country, params string[] aliases) =>
        Add(new Province(EntityId.For(EntityKind.Province, name), name, aliases, iso, Ref(country)!.Value));

    public GraphBuilder Claim(
        string text,
        string? speaker = null,
        ClaimForm form = ClaimForm.ReportedSpeech,
        bool hedged = false,
        bool negated = false,
        string? speakerDescription = null,
        string? reportedBy = null,
        string[]? about = null,
        string[]? places = null,
        (string From, RelationType Type, string To)[]? relations = null,
        (string From, RelationType Type, string To)[]? denied = null)
    {
        var start = body.IndexOf(text, StringComparison.Ordinal);
        if (start < 0)
            throw new ArgumentException($"Claim text is not in the body: {text}", nameof(text));
        _claims.Add(new Claim(
            ClaimId.For(_articleId, start),
            _articleId,
            text,
            new TextSpan(start, text.Length),
            form,
            Ref(speaker),
            speakerDescription,
            Ref(reportedBy),
            hedged,
            negated,
            (about ?? []).Select(n => Ref(n)!.Value).ToList(),
            (places ?? []).Select(n => Ref(n)!.Value).ToList(),
            Assertions(relations),
            publishedAt ?? Imported,
            Denied: denied is null ? null : Assertions(denied)));
        return this;
    }

    public EntityId Id(string name) => Ref(name)!.Value;

    private List<RelationAssertion> Assertions((string From, RelationType Type, string To)[]? relations) =>
        (relations ?? []).Select(r => new RelationAssertion(Ref(r.From)!.Value, r.Type, Ref(r.To)!.Value)).ToList();

    public ArticleGraph Build() => new(
        new Article(_articleId, body, title, null, outlet, publishedAt, Imported),
        _entities.Values.ToList(),
        _claims,
        []);

    private GraphBuilder Add(Entity entity)
    {
        _entities[entity.Name] = entity;
        return this;
    }

    private EntityId? Ref(string? name) =>
        name is null ? null
        : _entities.TryGetValue(name, out var entity) ? entity.Id
        : throw new ArgumentException($"Declare '{name}' before referring to it.", nameof(name));
}

using System.Text;
using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Sqlite.Tests.Generated;

/// <summary>
/// A random but reproducible news graph: a thousand entities (a few hubs, a long tail), three hundred
/// articles of ten claims each over one year, some hedged, some denying, some asserting two relations.
/// </summary>
public sealed class GeneratedGraph
{
    private static readonly RelationType[] ActorTypes =
        Enum.GetValues<RelationType>().Where(t => !t.TargetsPlace()).ToArray();

    private readonly Random _random;
    private readonly List<Entity> _actors = [];
    private readonly List<Province> _provinces = [];
    private readonly Country _country = new(EntityId.For(EntityKind.Country, "Genland"), "Genland", [], "GL");

    public GeneratedGraph(int seed, int articles = 300, int claimsPerArticle = 10)
    {
        _random = new Random(seed);
        for (var i = 0; i < 900; i++)
            _actors.Add(new Group(EntityId.For(EntityKind.Group, $"Group {i:D4}"), $"Group {i:D4}", []));
        for (var i = 0; i < 80; i++)
            _actors.Add(new Organisation(EntityId.For(EntityKind.Organisation, $"Org {i:D3}"), $"Org {i:D3}", []));
        for (var i = 0; i < 20; i++)
            _provinces.Add(new Province(EntityId.For(EntityKind.Province, $"Province {i:D2}"), $"Province {i:D2}", [], null, _country.Id));
        // Shuffle so that hubs are of every kind, not only the first groups.
        _actors = _actors.OrderBy(_ => _random.Next()).ToList();
        Articles = Enumerable.Range(0, articles).Select(a => NextArticle(a, claimsPerArticle)).ToList();
    }

    public IReadOnlyList<ArticleGraph> Articles { get; }

    public IEnumerable<Claim> Claims => Articles.SelectMany(a => a.Claims);

    public IEnumerable<EntityId> EntityIds => _actors.Select(a => a.Id).Concat(_provinces.Select(p => p.Id)).Append(_country.Id);

    /// <summary>An actor, far more often one of the first few (the hubs).</summary>
    public EntityId SomeActor(Random random) => _actors[(int)(_actors.Count * Math.Pow(random.NextDouble(), 3))].Id;

    private ArticleGraph NextArticle(int index, int claims)
    {
        var published = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(_random.Next(366 * 24 * 60));
        var body = new StringBuilder();
        var texts = Enumerable.Range(0, claims).Select(c => $"Article {index} claim {c} says something. ").ToList();
        var starts = new List<int>();
        foreach (var text in texts)
        {
            starts.Add(body.Length);
            body.Append(text);
        }
        var article = new Article(ArticleId.FromBody(body.ToString()), body.ToString(), $"Article {index}", null, $"Outlet {index % 7}", published, published);
        var entities = new Dictionary<EntityId, Entity> { [_country.Id] = _country };
        var list = new List<Claim>();
        for (var c = 0; c < claims; c++)
            list.Add(NextClaim(article, texts[c].TrimEnd(), starts[c], entities));
        return new ArticleGraph(article, entities.Values.ToList(), list, []);
    }

    private Claim NextClaim(Article article, string text, int start, Dictionary<EntityId, Entity> entities)
    {
        EntityId Use(Entity entity)
        {
            entities[entity.Id] = entity;
            return entity.Id;
        }
        Entity Actor() => _actors[(int)(_actors.Count * Math.Pow(_random.NextDouble(), 3))];

        var negated = _random.NextDouble() < 0.08;
        var relations = new List<RelationAssertion>();
        for (var r = _random.Next(3); r > 0; r--)
        {
            var from = Actor();
            var place = _random.NextDouble() < 0.15;
            var to = place ? (Entity)_provinces[_random.Next(_provinces.Count)] : Actor();
            if (from.Id == to.Id)
                continue;
            var type = place ? (_random.Next(2) == 0 ? RelationType.PresentIn : RelationType.Controls) : ActorTypes[_random.Next(ActorTypes.Length)];
            relations.Add(new RelationAssertion(Use(from), type, Use(to)));
        }
        relations = relations.Distinct().ToList();
        var speaker = _random.NextDouble() < 0.7 ? Use(Actor()) : (EntityId?)null;
        var about = relations.Select(r => r.From).Distinct().Take(2).ToList();
        var places = _random.NextDouble() < 0.2 ? [Use(_provinces[_random.Next(_provinces.Count)])] : new List<EntityId>();
        return new Claim(
            ClaimId.For(article.Id, start), article.Id, text, new TextSpan(start, text.Length), ClaimForm.ReportedSpeech,
            speaker, speaker is null ? "an unnamed source" : null, null,
            Hedged: _random.NextDouble() < 0.2, Negated: negated,
            about, places, negated ? [] : relations, article.ReportedAt,
            Denied: negated ? relations : null);
    }
}

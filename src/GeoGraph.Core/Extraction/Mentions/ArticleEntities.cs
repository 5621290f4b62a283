using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>The entities of one article, one draft per id, so that every way of naming one lands on it.</summary>
internal sealed class ArticleEntities(Gazetteer gazetteer)
{
    private readonly Dictionary<EntityId, EntityDraft> _byId = [];
    private readonly Dictionary<string, EntityDraft> _byKey = new(StringComparer.Ordinal);

    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Every draft, in the order first seen.</summary>
    public List<EntityDraft> All { get; } = [];

    /// <summary>The draft of a gazetteer entry, created on first use.</summary>
    public EntityDraft Of(GazetteerEntry entry)
    {
        if (_byId.TryGetValue(entry.Id, out var draft))
            return draft;
        draft = new EntityDraft(entry.Kind, entry.Name, entry);
        Register(draft);
        return draft;
    }

    /// <summary>The draft of an entity the article names outside the gazetteer, created on first use.</summary>
    public EntityDraft Named(EntityKind kind, string name)
    {
        // "Prigozhin" after "Yevgeny Prigozhin": a surname alone is the official already named.
        if (kind == EntityKind.Official && !name.Contains(' ', StringComparison.Ordinal)
            && All.FirstOrDefault(e => e.Kind == EntityKind.Official && Words.EndsWithWord(e.Name, name)) is { } full)
            return full;
        var key = Fold.NameKey(name);
        if (_byKey.TryGetValue(key, out var known) && (known.Kind == kind || kind != EntityKind.Official && known.Kind != EntityKind.Official))
            return known;
        var id = EntityId.For(kind, name);
        if (_byId.TryGetValue(id, out var draft))
            return draft;
        draft = new EntityDraft(kind, name);
        Register(draft);
        return draft;
    }

    /// <summary>
    /// The same unlisted body as another kind ("a medical group", not an armed one): a new draft under the old one's
    /// name and aliases, which the old one's names now lead to.
    /// </summary>
    public EntityDraft Retyped(EntityDraft draft, EntityKind kind)
    {
        if (_byId.TryGetValue(EntityId.For(kind, draft.Name), out var retyped))
            return retyped;
        retyped = new EntityDraft(kind, draft.Name) { Category = draft.Category, CountryIso = draft.CountryIso, PartOf = draft.PartOf };
        foreach (var alias in draft.Aliases)
            retyped.AddAlias(alias);
        Register(retyped);
        foreach (var key in _byKey.Where(p => p.Value == draft).Select(p => p.Key).ToList())
            _byKey[key] = retyped;
        return retyped;
    }

    /// <summary>The entity an article-local name already stands for ("Ministry of Interior", "ISWAP"), if any.</summary>
    public EntityDraft? Find(string name) => _byKey.GetValueOrDefault(Fold.NameKey(name));

    /// <summary>Makes <paramref name="alias"/> another name of <paramref name="draft"/> for the rest of the article.</summary>
    public void Learn(EntityDraft draft, string alias)
    {
        draft.AddAlias(alias);
        _byKey.TryAdd(Fold.NameKey(alias), draft);
        Learnt.Add((alias, draft));
    }

    /// <summary>The names the article taught through <see cref="Learn"/>, in order.</summary>
    public List<(string Alias, EntityDraft Entity)> Learnt { get; } = [];

    /// <summary>The draft of a country by ISO code, if listed.</summary>
    public EntityDraft? Country(string? iso2) => Gazetteer.Country(iso2) is { } entry ? Of(entry) : null;

    /// <summary>The draft of a listed organisation or group by canonical name, if listed.</summary>
    public EntityDraft? Listed(string? name) =>
        name is not null && Gazetteer.ActorsByName.TryGetValue(name, out var entry) ? Of(entry) : null;

    private void Register(EntityDraft draft)
    {
        _byId.Add(draft.Id, draft);
        All.Add(draft);
        _byKey.TryAdd(draft.NameKey, draft);
    }
}

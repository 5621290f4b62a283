using System.Runtime.CompilerServices;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>An entity as the extraction of one article builds it up, before it becomes a model record.</summary>
internal sealed class EntityDraft(EntityKind kind, string name, GazetteerEntry? entry = null)
{
    public EntityKind Kind { get; } = kind;

    public string Name { get; } = name;

    // A listed entity's id was minted when the gazetteer loaded.
    public EntityId Id { get; } = entry is not null && entry.Kind == kind && string.Equals(entry.Name, name, StringComparison.Ordinal) ? entry.Id : EntityId.For(kind, name);

    /// <summary>The folded key of <see cref="Name"/>: the gazetteer's, folded at load, when the name is the listed one.</summary>
    public string NameKey => Entry is { } listed && string.Equals(listed.Name, Name, StringComparison.Ordinal) ? listed.NameKey : Fold.NameKey(Name);

    /// <summary>The gazetteer entry it came from, if listed.</summary>
    public GazetteerEntry? Entry { get; } = entry;

    private SortedSet<string>? _aliases;

    /// <summary>
    /// Other names: the gazetteer's and those seen in the article. Built on first use: most listed entities an article
    /// looks up are never named in it.
    /// </summary>
    public SortedSet<string> Aliases => _aliases ??= Entry is { } listed ? new(SortedListedAliases(listed), StringComparer.OrdinalIgnoreCase) : new(StringComparer.OrdinalIgnoreCase);

    // An entry's aliases sorted once per process: a set copied from a set of the same order is built without sorting,
    // and the graph of every article sorts the aliases of each entity it lists. Never changed once made.
    private static readonly ConditionalWeakTable<GazetteerEntry, SortedSet<string>> ListedAliases = [];

    private static SortedSet<string> SortedListedAliases(GazetteerEntry entry) =>
        ListedAliases.GetValue(entry, static e => new SortedSet<string>(e.Aliases, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// <see cref="Aliases"/> in their order, read without copying the gazetteer's into a set of the article's own while the
    /// article has added none: the graph lists them for every entity it names.
    /// </summary>
    public IReadOnlyCollection<string> AliasesInOrder =>
        _aliases is { } own ? own : Entry is { } listed ? ListedAliasesInOrder(listed) : [];

    // The sorted set of an entry as an array, made once per process: read without the enumerator a set allocates.
    private static readonly ConditionalWeakTable<GazetteerEntry, string[]> ListedAliasArrays = [];

    private static string[] ListedAliasesInOrder(GazetteerEntry entry) =>
        ListedAliasArrays.GetValue(entry, static e => [.. SortedListedAliases(e)]);

    public string? Category { get; set; } = entry?.Category;

    /// <summary>ISO alpha-2 of the country it belongs to.</summary>
    public string? CountryIso { get; set; } = entry?.Kind == EntityKind.Country ? null : entry?.Country;

    /// <summary>Canonical name of the organisation or group it belongs to.</summary>
    public string? PartOf { get; set; } = entry?.PartOf;

    public string? IsoCode { get; } = entry?.IsoCode;

    /// <summary>An official's title (rank or honorific).</summary>
    public string? Title { get; set; }

    /// <summary>An official's role (office).</summary>
    public string? Role { get; set; }

    /// <summary>The organisation (or group) an official speaks for.</summary>
    public EntityDraft? Organisation { get; set; }

    /// <summary>Whether the article names it (not only refers to it through another entity).</summary>
    public bool Named { get; set; }

    /// <summary>Whether a stage found that its name is no entity after all, so that no later stage links it again.</summary>
    public bool Dropped { get; set; }

    /// <summary>Adds a name the article uses for it, unless it is the canonical name.</summary>
    public void AddAlias(string alias)
    {
        var trimmed = alias.Trim();
        if (trimmed.Length > 1 && !string.Equals(trimmed, Name, StringComparison.OrdinalIgnoreCase))
            Aliases.Add(trimmed);
    }

    /// <summary>Takes an official's title, role and body from <paramref name="other"/> where it has none of its own.</summary>
    public void TakeOfficeFrom(EntityDraft other)
    {
        Title ??= other.Title;
        Role ??= other.Role;
        Organisation ??= other.Organisation;
    }

    /// <summary>Whether an official's role or title holds <paramref name="office"/> ("the spokesman", "the prime minister").</summary>
    public bool HoldsOffice(string office) =>
        Role?.Contains(office, StringComparison.OrdinalIgnoreCase) == true || Title?.Contains(office, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Whether it can say or do things (everything but a province).</summary>
    public bool IsActor => Kind != EntityKind.Province;

    /// <summary>Whether it is a place (a country or province).</summary>
    public bool IsPlace => Kind is EntityKind.Country or EntityKind.Province;

    /// <summary>Whether it is a news outlet or agency.</summary>
    public bool IsOutlet => Kind == EntityKind.Organisation && IsOutletCategory(Category);

    /// <summary>Whether a category names a news outlet or agency ("newspaper", "news agency", "news outlet").</summary>
    public static bool IsOutletCategory(string? category) => category is { } c
        && (c.Contains("news", StringComparison.OrdinalIgnoreCase) || c.Contains("outlet", StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Name}";
}

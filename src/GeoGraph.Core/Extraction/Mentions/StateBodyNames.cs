using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// The usual names of a state's own bodies, added as aliases so that one body is one node however an article or the
/// next import writes it: "Niger's foreign ministry" is also the Nigerien Foreign Ministry and the Ministry of Foreign
/// Affairs of Niger; "the Bangladeshi army" is the Bangladesh Army; an unowned "National Guard" or "Interior Ministry"
/// in an article set in Benin is Benin's.
/// </summary>
internal static class StateBodyNames
{
    // A ministry's domain word, the short form ("Foreign Ministry") and the full one ("Ministry of Foreign Affairs").
    private static readonly (string Word, string Short, string Full)[] Domains =
    [
        ("foreign", "Foreign", "Foreign Affairs"),
        ("interior", "Interior", "Interior"),
        ("defence", "Defence", "Defence"),
        ("defense", "Defense", "Defense"),
        ("health", "Health", "Health"),
        ("information", "Information", "Information"),
        ("justice", "Justice", "Justice"),
        ("finance", "Finance", "Finance"),
    ];

    private static readonly string[] NationalBodies = ["National Guard", "National Police", "Republican Guard", "Presidential Guard", "Gendarmerie"];

    public static void Run(ArticleContext context)
    {
        var done = new HashSet<EntityDraft>();
        foreach (var mention in context.Mentions)
        {
            if (mention.Entity is not { Kind: EntityKind.Organisation } body || !done.Add(body))
                continue;
            var owned = body.CountryIso ?? body.Entry?.Country;
            if (body.Category == "government ministry")
                Ministry(context, body, owned ?? (Unowned(body.Name) ? context.HomeCountry() : null));
            else if (StateForces.IsLandForce(body) && body.Category == "military force" && owned is not null && body.Entry is null)
                Army(context, body, owned);
            else if (Array.Exists(NationalBodies, n => string.Equals(n, body.Name, StringComparison.OrdinalIgnoreCase)) && (owned ?? context.HomeCountry()) is { } home)
                National(context, body, home);
        }
    }

    // "Interior Ministry", "Ministry of Defence": a name with no owner in it.
    private static bool Unowned(string name) =>
        name.StartsWith("Ministry", StringComparison.OrdinalIgnoreCase)
        || Array.Exists(Domains, d => name.StartsWith(d.Short + " Ministry", StringComparison.OrdinalIgnoreCase));

    private static void Ministry(ArticleContext context, EntityDraft ministry, string? iso)
    {
        if (iso is null || context.Entities.Country(iso) is not { } country)
            return;
        var demonym = context.Gazetteer.UsualDemonym(iso) ?? country.Name;
        if (ministry.Name.Contains("Foreign Office", StringComparison.OrdinalIgnoreCase))
        {
            ministry.AddAlias($"{country.Name} Foreign Office");
            ministry.AddAlias($"{demonym} Foreign Office");
            return;
        }
        foreach (var (word, shortName, full) in Domains)
        {
            if (!ministry.Name.Contains(word, StringComparison.OrdinalIgnoreCase))
                continue;
            ministry.AddAlias($"{country.Name} {shortName} Ministry");
            ministry.AddAlias($"{demonym} {shortName} Ministry");
            ministry.AddAlias($"{country.Name} Ministry of {full}");
            ministry.AddAlias($"{demonym} Ministry of {full}");
            ministry.AddAlias($"Ministry of {full} of {country.Name}");
            ministry.AddAlias($"{shortName} Ministry of {country.Name}");
            return;
        }
    }

    private static void Army(ArticleContext context, EntityDraft army, string iso)
    {
        if (context.Entities.Country(iso) is not { } country || !StateForces.IsArmyNamed(army))
            return;
        army.AddAlias($"{country.Name} Army");
        army.AddAlias($"{country.Name} Armed Forces");
        army.AddAlias($"Armed Forces of {country.Name}");
    }

    private static void National(ArticleContext context, EntityDraft body, string iso)
    {
        if (context.Entities.Country(iso) is not { } country)
            return;
        var demonym = context.Gazetteer.UsualDemonym(iso) ?? country.Name;
        body.AddAlias($"{body.Name} of {country.Name}");
        body.AddAlias($"{demonym} {body.Name}");
        body.AddAlias($"{country.Name} {body.Name}");
    }
}

using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Gives a listed public figure ("Putin said", "Netanyahu's office") the role and body the gazetteer knows, when the
/// article gave none: the body only if the article names it, so that a name alone adds no entity of its own.
/// </summary>
internal static class ListedPeople
{
    public static void Run(ArticleContext context)
    {
        foreach (var person in context.Entities.All.Where(e => e.Kind == EntityKind.Official && e.Entry is not null && e.Named))
        {
            var entry = person.Entry!;
            person.Role ??= entry.Category;
            person.Organisation ??= NamedBody(context, entry.PartOf) ?? NamedBody(context, context.Gazetteer.Country(entry.Country)?.Name);
        }
    }

    // The listed body of that name, if the article names it (a lookup, so that no entity is made for it here).
    private static EntityDraft? NamedBody(ArticleContext context, string? name) =>
        name is not null && context.Entities.Find(name) is { Named: true, Entry: not null } body && body.Entry.Name == name ? body : null;
}

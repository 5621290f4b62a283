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
        var named = context.Mentions.Where(m => m.Entity is not null && m.Form is MentionForm.Name or MentionForm.Demonym)
            .Select(m => m.Entity!).ToHashSet();
        foreach (var person in context.Entities.All.Where(e => e.Kind == EntityKind.Official && e.Entry is not null && e.Named).ToList())
        {
            person.Role ??= person.Entry!.Category;
            if (person.Organisation is not null)
                continue;
            var entry = person.Entry!;
            person.Organisation = named.FirstOrDefault(e => e.IsActor && e.Kind != EntityKind.Country && entry.PartOf is not null && e.Entry?.Name == entry.PartOf)
                                  ?? named.FirstOrDefault(e => e.Kind == EntityKind.Country && entry.Country is not null && e.IsoCode == entry.Country);
        }
    }
}

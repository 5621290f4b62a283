using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// A person the article names in a spelling the list does not hold ("Mohamed Hamdan Daglo" for the listed "Mohamed
/// Hamdan Dagalo") is the listed person: the article's mentions move to the listed entity, with the article's title
/// and body, and the spelling becomes an alias.
/// </summary>
internal static class TransliteratedPeople
{
    public static void Run(ArticleContext context)
    {
        foreach (var person in context.Entities.All.Where(e => e is { Kind: EntityKind.Official, Entry: null, Named: true }).ToList())
        {
            if (NameSkeleton.Of(person.Name) is not { } skeleton || !context.Gazetteer.PeopleBySkeleton.TryGetValue(skeleton, out var entry))
                continue;
            var listed = context.Entities.Of(entry);
            context.MoveMentions(person, listed);
            listed.AddAlias(person.Name);
            listed.TakeOfficeFrom(person);
            listed.Named = true;
            context.UnnameIfUnmentioned(person);
        }
    }
}

using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// "struck the enemy", "targeted enemy positions": the side's own word for whom it fights.
internal static partial class RelationFinder
{
    /// <summary>Whether the object at <paramref name="from"/> is "the enemy" or "enemy positions" rather than a name.</summary>
    private static bool EnemyAt(ArticleContext context, int from, int end)
    {
        var i = from;
        while (i < end && i < from + 3 && (context.Tokens[i].Is('"') || context.IsWord(i, "the")))
            i++;
        return i < end && context.IsWord(i, "enemy") && context.MentionAt(i) is null && context.Tokens[i].Case == Tokens.TokenCase.Lower;
    }

    /// <summary>
    /// Whom a state's side calls its enemy: the armed group the article names most. An armed group's enemy is left
    /// unread: the state forces an article names are as often its allies or sponsors as its foes.
    /// </summary>
    private static EntityDraft? Opponent(ArticleContext context, EntityDraft side) =>
        side.Kind == EntityKind.Group ? null : MostNamedGroup(context, side);
}

using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Which of a country's state forces a generic noun means: "the army" is no air force or navy, "police officers" are
/// the police, never the army. Shared by the anaphora stage and the relation finder so both read the nouns alike.
/// </summary>
internal static class StateForces
{
    /// <summary>Whether the entity is a state's armed or security force.</summary>
    public static bool IsForce(EntityDraft e) =>
        e.Kind == EntityKind.Organisation && e.Category is "military force" or "state security forces";

    /// <summary>The state forces the article names, the most named first (ties in the order they first appear).</summary>
    public static List<EntityDraft> MostNamed(ArticleContext context) =>
        context.Mentions.Where(m => m.Entity is { } e && IsForce(e))
            .GroupBy(m => m.Entity!)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .ToList();

    /// <summary>The country's land force (or its police) the article names, the most named first, or null.</summary>
    public static EntityDraft? NamedForceOf(ArticleContext context, string? iso, bool police = false) =>
        MostNamed(context).FirstOrDefault(f => CountryOf(f) == iso && (police ? IsPolice(f) : IsLandForce(f)));

    /// <summary>The country a force belongs to, if known.</summary>
    public static string? CountryOf(EntityDraft e) => e.CountryIso ?? e.Entry?.Country;

    /// <summary>
    /// "the Mexican Air Force", "the Royal Navy", "naval forces": a branch that fights in the air or at sea, which the
    /// news never calls "the army" or "troops".
    /// </summary>
    public static bool IsAirOrNaval(EntityDraft e) => IsAirOrNaval(e.Name);

    /// <summary>Whether a force's name says it is an air or naval branch.</summary>
    public static bool IsAirOrNaval(string name) =>
        name.Contains("air force", StringComparison.OrdinalIgnoreCase) || name.Contains("navy", StringComparison.OrdinalIgnoreCase)
        || name.Contains("naval", StringComparison.OrdinalIgnoreCase) || name.Contains("coast guard", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A force that may be "the army": no air or naval branch. Its name, or a name the gazetteer lists for it ("Syrian
    /// army" for the Syrian Arab Army), saying "army" or "armed forces" is the better fit (<see cref="IsArmyNamed"/>).
    /// </summary>
    public static bool IsLandForce(EntityDraft e) => IsForce(e) && !IsAirOrNaval(e) && !IsPolice(e);

    /// <summary>Whether the force's own or listed names say "army" or "armed forces" (the aliases an article adds do not count).</summary>
    public static bool IsArmyNamed(EntityDraft e)
    {
        if (SaysArmy(e.Name))
            return true;
        if (e.Entry is { } entry)
        {
            foreach (var alias in entry.Aliases)
            {
                if (SaysArmy(alias))
                    return true;
            }
        }
        return false;
    }

    /// <summary>"Haitian National Police", "Kenyan police", "Central Reserve Police Force": a police body.</summary>
    public static bool IsPolice(EntityDraft e) =>
        e.Kind == EntityKind.Organisation && (e.Category is "police" || e.Name.Contains("police", StringComparison.OrdinalIgnoreCase)
                                              || e.Name.Contains("gendarmerie", StringComparison.OrdinalIgnoreCase));

    private static bool SaysArmy(string name) =>
        name.Contains("army", StringComparison.OrdinalIgnoreCase) || name.Contains("armed forces", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The force "the army" means among <paramref name="seen"/> (oldest first): the latest land force of the home
    /// country whose name says army, else the home country's latest land force, else (when <paramref name="abroad"/>) a
    /// foreign one, army-named first; never a body of "security forces", which takes in the police.
    /// </summary>
    public static EntityDraft? Army(List<EntityDraft> seen, string? home, bool abroad)
    {
        EntityDraft? armyNamed = null, homeLand = null, anyLand = null;
        for (var i = seen.Count - 1; i >= 0; i--)
        {
            var e = seen[i];
            if (!IsLandForce(e))
                continue;
            var atHome = home is not null && CountryOf(e) == home;
            if (IsArmyNamed(e))
            {
                if (atHome)
                    return e;
                armyNamed ??= e;
            }
            // "Mexican security forces" take in the police and the guard: a body of all of them is no army.
            if (e.Name.Contains("security", StringComparison.OrdinalIgnoreCase))
                continue;
            if (atHome)
                homeLand ??= e;
            anyLand ??= e;
        }
        return homeLand ?? (abroad ? armyNamed ?? anyLand : null);
    }
}

using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Relations;

// The state forces that generic nouns stand for when no name is given: "killed two soldiers" (the home country's army),
// "murdered police officers" (its police), "ambushed a patrol" (its troops). News names the attacker and leaves the
// attacked side to the reader, who knows whose soldiers patrol the country the article is set in.
internal static partial class RelationFinder
{
    private static readonly WordSet PoliceMembers = ["policemen", "policewomen", "policeman", "policewoman", "gendarmes", "gendarme"];

    // "police officers", "police personnel", "a police patrol": what stands for the police after the word "police".
    private static readonly WordSet PoliceNouns =
    [
        "officers", "officer", "personnel", "agents", "men", "patrol", "patrols", "station", "stations", "post", "posts",
        "checkpoint", "checkpoints", "convoy", "vehicle", "vehicles", "headquarters", "units", "unit",
    ];

    // "ambushed a patrol", "overran an outpost": posts and moving units only a state's force keeps.
    private static readonly WordSet ForceHoldings =
    [
        "patrol", "patrols", "outpost", "outposts", "checkpoint", "checkpoints", "garrison", "garrisons", "barracks",
    ];

    // "attacked a military base", "shelled army positions": a holding that says whose it is.
    private static readonly WordSet ArmyWords = ["military", "army"];

    private static readonly WordSet HeldPlaces =
    [
        "base", "bases", "positions", "position", "post", "posts", "camp", "camps", "convoy", "convoys",
        "drone", "drones", "helicopter", "helicopters", "aircraft", "jet", "jets", "plane", "planes", "vehicle", "vehicles",
    ];

    private static readonly WordSet IndefiniteArticles = ["a", "an"];

    /// <summary>
    /// The home country's force that a generic noun phrase at <paramref name="i"/> means as the object of an attack,
    /// and where the phrase ends: police nouns go to the police the article names, never to the army; soldiers'
    /// holdings ("a patrol", "a military base") to the home country's land force.
    /// </summary>
    private static EntityDraft? ForceNounObject(ArticleContext context, int i, int end, out int next, out bool police)
    {
        next = i + 1;
        police = false;
        var t = context.Tokens[i];
        if (t.Kind != TokenKind.Word || t.Case != TokenCase.Lower || context.MentionAt(i) is not null)
            return null;
        // "killed policemen", "murdered police officers", "attacked the police station".
        if (PoliceMembers.Contains(t, context.Gazetteer.Words) || t.Key == "police" && PoliceHead(context, i, end, out next))
        {
            police = true;
            return HomePolice(context);
        }
        // "ambushed a patrol", "attacked an army outpost", "stormed a military base".
        var noun = i;
        if (!context.IsAnyWord(i - 1, IndefiniteArticles) && !context.IsWord(i - 1, "the") && !context.IsAnyWord(i, ArmyWords))
            return null;
        var owned = context.IsAnyWord(noun, ArmyWords);
        if (owned)
            noun++;
        if (noun >= end || context.MentionAt(noun) is not null
            || !(context.IsAnyWord(noun, ForceHoldings) || owned && context.IsAnyWord(noun, HeldPlaces)))
            return null;
        // "the patrol of the rebels" is the rebels', not the state's.
        if (context.IsWord(noun + 1, "of"))
            return null;
        next = noun + 1;
        return SoldiersForce(context);
    }

    // "… police officers and soldiers", "…, policemen": a generic force noun listed after a first object.
    private static EntityDraft? ListedForce(ArticleContext context, int i, int end, out int next)
    {
        if (ForceNounObject(context, i, end, out next, out _) is { } force)
            return force;
        next = i + 1;
        return context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } t && context.MentionAt(i) is null && Soldiers.Contains(t, context.Gazetteer.Words)
               && context.MentionAt(i + 1) is null
            ? SoldiersForce(context)
            : null;
    }

    // "…, soldiers", "… and three soldiers": a comma or "and" before the noun, a count between them.
    private static bool ListJoinedBefore(ArticleContext context, int i)
    {
        var j = i - 1;
        if (j > 0 && (context.Tokens[j].Kind == TokenKind.Number || context.IsAnyWord(j, IndefiniteArticles)))
            j--;
        return j >= 0 && (context.Tokens[j].Is(',') || context.IsWord(j, "and"));
    }

    // "Iranian police officers", "Kenyan policemen": a demonym before police nouns is the state whose police they are.
    private static bool PoliceNounAt(ArticleContext context, int i) =>
        context.IsAnyWord(i, PoliceMembers) || context.IsWord(i, "police") && context.IsAnyWord(i + 1, PoliceNouns);

    // "police" as a noun of the force: alone ("attacked police"), or before a member or a holding ("police officers").
    private static bool PoliceHead(ArticleContext context, int i, int end, out int next)
    {
        next = i + 1;
        if (i + 1 < end && context.IsAnyWord(i + 1, PoliceNouns))
        {
            next = i + 2;
            return true;
        }
        // "police and soldiers", "police, soldiers": the bare noun closes at a list joiner or a comma.
        // "accused the police of staging …", "blamed police for the deaths": the charge follows the force.
        return i + 1 >= end || context.Tokens[i + 1].Is(',') || context.Tokens[i + 1].Is('.') || context.IsWord(i + 1, "and") || context.IsWord(i + 1, "in")
               || context.IsWord(i + 1, "for") || context.IsWord(i + 1, "of") && i + 2 < end && Anaphora.GerundAt(context, i + 2);
    }

    /// <summary>
    /// The police body the article names for its home country (one named national first), else one of no known country.
    /// </summary>
    private static EntityDraft? HomePolice(ArticleContext context)
    {
        var home = context.HomeCountry();
        EntityDraft? best = null, unplaced = null;
        foreach (var m in context.Mentions)
        {
            if (m.Entity is not { Kind: EntityKind.Organisation } e || m.Form == MentionForm.Unnamed || !StateForces.IsPolice(e))
                continue;
            var iso = StateForces.CountryOf(e);
            if (home is not null && iso == home)
            {
                // "Manipur Police" is one state's; a national police, named as such, serves the whole country.
                if (best is null || !best.Name.Contains("national", StringComparison.OrdinalIgnoreCase) && e.Name.Contains("national", StringComparison.OrdinalIgnoreCase))
                    best = e;
            }
            else if (iso is null)
                unplaced ??= e;
        }
        // "accused the police of …" with no police named: the home country's listed national police.
        return best ?? unplaced ?? (home is not null && context.Gazetteer.NationalBody(home, "police") is { } listed ? context.Entities.Of(listed) : null);
    }

    /// <summary>
    /// Whose soldiers "killed six soldiers" means: the home country's land force (one named as an army first, then the
    /// most named), else the listed force of the home country, else the most named force of any country.
    /// </summary>
    private static EntityDraft? SoldiersForce(ArticleContext context)
    {
        var home = context.HomeCountry();
        EntityDraft? army = null;
        Dictionary<EntityDraft, int>? counts = null;
        foreach (var m in context.Mentions)
        {
            if (m.Entity is not { } e || home is null || StateForces.CountryOf(e) != home || !StateForces.IsLandForce(e))
                continue;
            if (army is null && StateForces.IsArmyNamed(e))
                army = e;
            counts ??= [];
            counts[e] = counts.GetValueOrDefault(e) + 1;
        }
        if (army is not null)
            return army;
        if (counts is not null)
        {
            EntityDraft? most = null;
            foreach (var (e, n) in counts)
            {
                if (most is null || n > counts[most])
                    most = e;
            }
            return most;
        }
        if (home is not null && context.Gazetteer.NationalBody(home, "military force") is { } entry && !StateForces.IsAirOrNaval(entry.Name))
            return context.Entities.Of(entry);
        return NationalForce(context);
    }
}

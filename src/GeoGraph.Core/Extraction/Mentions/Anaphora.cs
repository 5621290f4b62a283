using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Resolves definite descriptions to the last fitting entity named before them: "the alliance" to the
/// alliance, "the group" or "the militants" to the group, "the ministry" to the ministry.
/// </summary>
internal static class Anaphora
{
    private static readonly Dictionary<string, Func<EntityDraft, bool>> Nouns = new(StringComparer.Ordinal)
    {
        ["alliance"] = e => e.Kind == EntityKind.Organisation && Has(e, "alliance"),
        ["mission"] = e => e.Kind == EntityKind.Organisation && Has(e, "mission"),
        ["coalition"] = e => e.Kind == EntityKind.Organisation && Has(e, "coalition"),
        ["ministry"] = e => e.Kind == EntityKind.Organisation && Has(e, "ministry"),
        ["agency"] = e => e.Kind == EntityKind.Organisation && Has(e, "agency"),
        ["company"] = e => e.Kind == EntityKind.Organisation && e.Category == "company",
        ["firm"] = e => e.Kind == EntityKind.Organisation && e.Category == "company",
        ["organisation"] = e => e.Kind == EntityKind.Organisation,
        ["organization"] = e => e.Kind == EntityKind.Organisation,
        // "Human Rights Watch said …. The group also found": a rights or monitoring body is a group too.
        ["group"] = e => e.Kind == EntityKind.Group || e.Kind == EntityKind.Organisation && e.Category is "NGO" or "monitoring group" or "humanitarian organisation",
        ["movement"] = e => e.Kind == EntityKind.Group,
        ["militia"] = e => e.Kind == EntityKind.Group,
        ["network"] = e => e.Kind == EntityKind.Group && e.Name.Contains("network", StringComparison.OrdinalIgnoreCase),
        ["militants"] = e => e.Kind == EntityKind.Group,
        ["insurgents"] = e => e.Kind == EntityKind.Group,
        ["jihadists"] = e => e.Kind == EntityKind.Group,
        ["rebels"] = e => e.Kind == EntityKind.Group,
        ["attackers"] = e => e.Kind == EntityKind.Group,
        ["assailants"] = e => e.Kind == EntityKind.Group,
        ["fighters"] = e => e.Kind == EntityKind.Group,
        ["terrorists"] = e => e.Kind == EntityKind.Group,
        ["broadcaster"] = e => e.IsOutlet,
        ["newspaper"] = e => e.IsOutlet,
        ["paper"] = e => e.IsOutlet,
        ["channel"] = e => e.IsOutlet,
        ["outlet"] = e => e.IsOutlet,
        ["gunmen"] = e => e.Kind == EntityKind.Group,
        ["region"] = e => e.Kind == EntityKind.Province,
        ["province"] = e => e.Kind == EntityKind.Province,
        ["governorate"] = e => e.Kind == EntityKind.Province,
        ["army"] = StateForces.IsLandForce,
        ["junta"] = StateForces.IsForce,
        ["regime"] = e => StateForces.IsForce(e) || e.Kind == EntityKind.Organisation && e.Category == "government",
        ["military"] = e => StateForces.IsForce(e) && !StateForces.IsAirOrNaval(e),
        ["troops"] = StateForces.IsLandForce,
        ["forces"] = StateForces.IsForce,
        ["force"] = e => e.Kind == EntityKind.Group || StateForces.IsForce(e),
    };

    private static readonly WordSet Parts = ["branch", "affiliate", "wing", "offshoot", "franchise", "arm", "faction"];

    // "the militant group", "the Islamist group", "the outlawed movement": words that describe a group noun.
    private static readonly WordSet Describing =
    [
        "militant", "armed", "jihadist", "insurgent", "terrorist", "extremist", "western", "rebel", "security", "islamist",
        "jihadi", "paramilitary", "separatist", "secessionist", "guerrilla", "guerilla", "radical", "outlawed", "banned",
        "proscribed", "breakaway", "splinter", "rival", "shadowy", "criminal",
    ];

    private static readonly WordSet TieWords = ["linked", "affiliated", "allied", "loyal", "tied", "aligned", "connected", "close"];

    public static void Run(ArticleContext context)
    {
        HomeGovernment(context);
        var seen = new List<EntityDraft>();
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            if (context.MentionAt(i) is { Entity: { } e } m && m.FirstToken == i && m.Form != MentionForm.Anaphor)
            {
                // "X, the Sahel branch of Y, claimed …": Y only says whose branch X is; "the group" after it is still X.
                // "the group, which is linked to al-Qaeda, …": nor does a body the group is tied to.
                // "The Shield Forces, whose commander defected from the RSF, say …": nor does one named inside a relative clause.
                if (context.IsWord(i - 1, "of") && context.IsAnyWord(i - 2, Parts)
                    || (context.IsWord(i - 1, "to") || context.IsWord(i - 1, "with")) && context.IsAnyWord(i - 2, TieWords)
                    || InRelativeClause(context, i))
                {
                    if (!seen.Contains(e))
                        seen.Insert(0, e);
                    continue;
                }
                seen.Remove(e);
                seen.Add(e);
                continue;
            }
            // Every reading below opens with one of a few words: one test turns the other tokens away.
            if (!context.IsAnyWord(i, Openers))
                continue;
            // "junta bases", "regime forces": the ruling force named by what it fields, without "the".
            if ((context.IsWord(i, "junta") || context.IsWord(i, "regime")) && context.MentionAt(i) is null && !context.IsWord(i - 1, "the")
                && context.IsAnyWord(i + 1, Fielded) && (seen.LastOrDefault(StateForces.IsForce) ?? RulingForce(context, context.Tokens[i].Key, seen)) is { } ruling)
            {
                context.Add(new Mention(i, i + 1, ruling, MentionForm.Anaphor));
                continue;
            }
            // "LRA fighters kill 14 soldiers, army says", "Army: …": a headline drops the article before the force that speaks.
            if (HeadlineForce(context, i) && Antecedent(context, seen, context.Tokens[i].Key) is { } force)
            {
                context.Add(new Mention(i, i + 1, force, MentionForm.Anaphor));
                continue;
            }
            if (!context.IsWord(i, "the") || context.MentionAt(i) is not null)
                continue;
            // "the Kurdish-led force", "the Iran-backed group": a hyphened qualifier before the noun; a name in it keeps
            // its own mention, so the description covers the noun alone.
            var noun = HyphenedQualifier(context, i + 1);
            var qualified = noun > i + 1;
            // The bound is checked before every reading: "the" may close the text.
            while (noun < context.Tokens.Count && context.Tokens[noun].IsWordLike
                   && (Describing.Contains(context.Tokens[noun], context.Gazetteer.Words) || Retreating(context, noun)
                       || context.Tokens[noun].Key == "military" && context.Tokens.Count > noun + 1 && context.Tokens[noun + 1].Key is "forces"))
                noun++;
            if (noun >= context.Tokens.Count || !context.Tokens[noun].IsWordLike || context.MentionAt(noun) is not null)
                continue;
            var key = context.Tokens[noun].Key;
            // "the army of Mali" names its owner; "accused the army of firing on marches" does not.
            if (!DescribingNouns.Contains(context.Tokens[noun], context.Gazetteer.Words) || context.IsWord(noun + 1, "of") && !GerundAt(context, noun + 2))
                continue;
            var antecedent = Antecedent(context, seen, key);
            if (antecedent is not null)
                context.Add(new Mention(qualified ? noun : i, noun + 1, antecedent, MentionForm.Anaphor));
        }
    }

    // The last entity seen that the noun fits. Its own method: the lambdas' captures would otherwise cost an
    // allocation on every token of the loop above.
    private static EntityDraft? Antecedent(ArticleContext context, List<EntityDraft> seen, string noun)
    {
        // "The army would pursue …" after two armies were named: the army of the country the article is set in; after
        // "the Mexican Air Force" was named, still no air force ("attacked the army's positions"). The home country's
        // army, named, listed or found, comes before a foreign one named earlier.
        if (noun == "army")
            return StateForces.Army(seen, context.HomeCountry(), abroad: false) ?? RulingForce(context, noun, seen, create: false)
                   ?? StateForces.Army(seen, context.HomeCountry(), abroad: true) ?? RulingForce(context, noun, seen, create: true);
        // "the council", "the brigade", "the committee": the body named last whose name ends in that word.
        var fits = Nouns.GetValueOrDefault(noun) ?? (e => e.Kind is EntityKind.Organisation or EntityKind.Group && EndsWithWord(e.Name, noun));
        var home = noun is "military" ? context.HomeCountry() : null;
        return (home is null ? null : seen.LastOrDefault(e => fits(e) && (e.CountryIso ?? e.Entry?.Country) == home))
               ?? seen.LastOrDefault(fits) ?? RulingForce(context, noun, seen);
    }

    private static readonly WordSet QualifyingParticiples = ["led", "backed", "based", "aligned", "allied", "linked", "dominated", "funded", "sponsored", "supported"];

    // Where the noun after a hyphened qualifier ("Kurdish-led", "Iran-backed") starts, or <paramref name="first"/> if none.
    private static int HyphenedQualifier(ArticleContext context, int first)
    {
        var i = first;
        if (context.MentionAt(i) is { } m && m.FirstToken == i)
            i = m.EndToken;
        else if (i < context.Tokens.Count && context.Tokens[i].IsWordLike)
            i++;
        return i + 1 < context.Tokens.Count && i > first && context.Tokens[i].Is('-') && context.IsAnyWord(i + 1, QualifyingParticiples) ? i + 2 : first;
    }

    /// <summary>Whether token <paramref name="i"/> is a gerund ("of firing", "for staging"): a charge, not an owner's name.</summary>
    internal static bool GerundAt(ArticleContext context, int i) =>
        i < context.Tokens.Count && context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } t && t.Key.Length > 4
        && t.Key.EndsWith("ing", StringComparison.Ordinal);

    // "the fleeing terrorists", "the retreating fighters": a participle that describes what the group does.
    private static bool Retreating(ArticleContext context, int i) =>
        context.Tokens[i].Case == Tokens.TokenCase.Lower && context.Tokens[i].Key.Length > 5 && context.Tokens[i].Key.EndsWith("ing", StringComparison.Ordinal)
        && context.MentionAt(i) is null && i + 1 < context.Tokens.Count && context.Tokens[i + 1].IsWordLike && Nouns.ContainsKey(context.Tokens[i + 1].Key);

    private static readonly WordSet HeadNouns =
    [
        "council", "committee", "commission", "bureau", "brigade", "battalion", "regiment", "division", "apparatus",
        "administration", "authority", "agency", "directorate", "front", "party", "service", "unit", "command", "office",
        "court", "assembly", "parliament", "institute", "observatory", "union", "league", "federation", "foundation",
    ];

    // Every noun a description can end in, tested on the token's number rather than by hashing its key twice.
    private static readonly WordSet DescribingNouns = WordSet.Of([.. Nouns.Keys, .. HeadNouns]);

    // Whether the last word of a name is the (lower-case) head noun, in any case; asked of every entity seen, so it allocates nothing.
    private static bool EndsWithWord(string name, string head)
    {
        var space = name.LastIndexOf(' ');
        return name.AsSpan(space + 1).Equals(head, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly WordSet GovernmentModifiers = ["federal", "central", "national", "interim", "transitional"];

    private static readonly WordSet Owners = ["the", "his", "her", "its", "their"];

    // "The government said", "his government", "the federal government": the government of the country the article
    // is set in, the one it names if listed or found, else that country. Not inside a prepositional phrase
    // ("out of the government's hands"), where the state is meant rather than a speaker or actor.
    private static void HomeGovernment(ArticleContext context)
    {
        EntityDraft? government = null;
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            if (!context.IsAnyWord(i, GovernmentWords))
                continue;
            // "Gov't blames X", "Government says …": a headline's bare government; else "the government", "his government".
            var (start, end) = HeadlineGovernment(context, i) is var headline and > 0 ? (i, headline) : (OwnedGovernment(context, i), i + 1);
            if (start < 0)
                continue;
            government ??= OnlyGovernmentNamed(context) ?? GovernmentOf(context, context.HomeCountry());
            if (government is null)
                return;
            context.Add(new Mention(start, end, government, MentionForm.Name) { StandsIn = true });
            i = end - 1;
        }
    }

    // Where "the government", "the federal government", "his government" ending at token i starts, or -1.
    private static int OwnedGovernment(ArticleContext context, int i)
    {
        if (i == 0 || !context.IsWord(i, "government") || context.MentionAt(i) is not null || context.IsWord(i + 1, "of"))
            return -1;
        var start = i - 1;
        while (start > 0 && context.IsAnyWord(start, GovernmentModifiers) && context.Tokens[start].Case == Tokens.TokenCase.Lower)
            start--;
        return !context.IsAnyWord(start, Owners) || context.Covered(start, i) || start > 0 && context.IsAnyWord(start - 1, Words.Prepositions)
               || context.IsWord(start - 1, "of")
            ? -1
            : start;
    }

    // The end of "Government", "Govt" or "Gov't" opening a sentence in capitals and followed by a lower-case verb, or -1.
    private static int HeadlineGovernment(ArticleContext context, int i)
    {
        if (context.Tokens[i] is not { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Capitalised } || context.MentionAt(i) is not null
            || i > 0 && context.SentenceOf(i).FirstToken != i)
            return -1;
        var end = context.IsWord(i, "government") || context.IsWord(i, "govt") ? i + 1
            : context.IsWord(i, "gov") && i + 2 < context.Tokens.Count && context.Tokens[i + 1].Is('\'') && context.IsWord(i + 2, "t") ? i + 3 : -1;
        return end > 0 && end < context.Tokens.Count && context.Tokens[end] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } ? end : -1;
    }

    private static readonly WordSet HeadlineForces = ["army", "military", "junta"];

    // The words the readings of Run open with: "junta", "regime", "the" and a headline's force.
    private static readonly WordSet Openers = WordSet.Of(["junta", "regime", "the", .. HeadlineForces]);

    // The words a government is named by: "government", "govt", "gov" (of "Gov't").
    private static readonly WordSet GovernmentWords = ["government", "govt", "gov"];

    private static readonly WordSet HeadlineSpeech = ["says", "said", "say", "claims", "confirms", "denies", "warns", "vows"];

    // A bare "army" or "military" that speaks in the headline: at the start, after a comma, dash or colon, or after
    // "says", and before a verb of saying, a colon or the end of the line.
    private static bool HeadlineForce(ArticleContext context, int i)
    {
        // The sentence first: most tokens are past the headline, and the word look-up costs more.
        if (context.SentenceOfToken[i] > 2 || !context.IsAnyWord(i, HeadlineForces) || context.MentionAt(i) is not null || !context.IsHeadline(context.SentenceOfToken[i]))
            return false;
        var line = context.SentenceOf(i);
        var opens = i == line.FirstToken || !context.Tokens[i - 1].IsWordLike || context.IsAnyWord(i - 1, HeadlineSpeech);
        var closes = i + 1 >= line.EndToken || context.Tokens[i + 1].Is(':') || context.IsAnyWord(i + 1, HeadlineSpeech);
        return opens && closes;
    }

    // "the internationally recognised government of President X … The government calls this a coup": one government
    // named in the article is the one meant, wherever the article is set.
    private static EntityDraft? OnlyGovernmentNamed(ArticleContext context)
    {
        var named = context.Entities.All.Where(e => e.Kind == EntityKind.Organisation && e.Named && IsGovernment(e)).Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static bool IsGovernment(EntityDraft e) => e.Category == "government" || e.Name.StartsWith("Government of", StringComparison.Ordinal);

    private static EntityDraft? GovernmentOf(ArticleContext context, string? iso)
    {
        if (iso is null || context.Entities.Country(iso) is not { } country)
            return null;
        var known = context.Entities.All.FirstOrDefault(e => e.Kind == EntityKind.Organisation && e.Named && IsGovernment(e)
                                                             && (e.CountryIso ?? e.Entry?.Country ?? iso) == iso);
        // With no government body named or listed, "the government" is the state itself, as the annotations of all
        // development folders read it (a "Government of X" made up here was a false entity more often than not).
        return known ?? country;
    }

    private static readonly WordSet Fielded =
    [
        "forces", "troops", "soldiers", "bases", "base", "positions", "outposts", "posts", "aircraft", "jets", "warplanes",
        "airstrikes", "artillery", "units", "garrison", "garrisons", "checkpoints", "camps",
    ];

    // "the junta", "the regime" with nothing named before: the listed armed forces of the country the article is about.
    private static EntityDraft? RulingForce(ArticleContext context, string noun, List<EntityDraft> seen, bool create = true)
    {
        if (noun is not ("junta" or "regime" or "military" or "army"))
            return null;
        var iso = context.HomeCountry();
        if (iso is null)
            return null;
        if (context.Gazetteer.NationalBody(iso, "military force") is { } entry && !StateForces.IsAirOrNaval(entry.Name))
            return context.Entities.Of(entry);
        return noun == "army" ? HomeForces(context, iso, seen) ?? (create ? HomeArmy(context, iso) : null) : null;
    }

    // "Mexico's security forces … the army": NationalBodies keeps one body for a country's forces, which answers to
    // "Mexican army" too; "the army" is that body. A body it named for "security forces" is renamed for the army the
    // article speaks of, its mentions and aliases carried over, rather than a second entity made for the same troops.
    private static EntityDraft? HomeForces(ArticleContext context, string iso, List<EntityDraft> seen)
    {
        EntityDraft? body = null;
        foreach (var e in context.Entities.All)
        {
            if (e.Named && StateForces.IsLandForce(e) && StateForces.CountryOf(e) == iso)
            {
                body = e;
                break;
            }
        }
        if (body is null || body.Entry is not null || !body.Name.Contains("security", StringComparison.OrdinalIgnoreCase)
            || HomeArmy(context, iso) is not { } army || army == body)
            return body;
        army.AddAlias(body.Name);
        foreach (var alias in body.Aliases)
            army.AddAlias(alias);
        context.MoveMentions(body, army);
        foreach (var e in context.Entities.All)
        {
            if (e.Organisation == body)
                e.Organisation = army;
        }
        army.Named = true;
        body.Named = false;
        // "the armed forces" later on reads back to the army, no longer to the renamed body.
        if (seen.IndexOf(body) is var at and >= 0)
            seen[at] = army;
        return army;
    }

    // "the army" in an article set in a country whose army is neither listed nor named: that country's army, named as
    // the news names it ("Beninese army").
    private static EntityDraft? HomeArmy(ArticleContext context, string iso)
    {
        if (context.Entities.Country(iso) is not { } country)
            return null;
        var demonym = context.Gazetteer.UsualDemonym(iso) ?? country.Name;
        var army = context.Entities.Named(EntityKind.Organisation, $"{demonym} army");
        army.Category ??= "military force";
        army.CountryIso ??= iso;
        return army;
    }

    // Whether token <paramref name="i"/> lies in ", whose … ," or ", which … ," opened earlier in its sentence.
    private static bool InRelativeClause(ArticleContext context, int i)
    {
        var first = context.SentenceOf(i).FirstToken;
        for (var j = i - 1; j > first && j >= i - 15; j--)
        {
            if (context.Tokens[j].Is(','))
                return context.IsWord(j + 1, "whose") || context.IsWord(j + 1, "which") || context.IsWord(j + 1, "who");
            if (context.Tokens[j].Is(';') || context.Tokens[j].Is('"'))
                return false;
        }
        return false;
    }

    private static bool Has(EntityDraft e, string word) =>
        e.Category?.Contains(word, StringComparison.OrdinalIgnoreCase) == true
        || e.Name.Contains(word, StringComparison.OrdinalIgnoreCase);
}

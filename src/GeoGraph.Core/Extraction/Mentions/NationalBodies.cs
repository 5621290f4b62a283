using System.Collections.Frozen;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Finds a country's own bodies named through its demonym or name: "Afghan security forces",
/// "Nigerian army", "U.S. troops", "Pakistan's government". One entity per country and kind of body,
/// so "Afghan forces" later in the article is the same as "Afghan security forces".
/// </summary>
internal static class NationalBodies
{
    private static readonly WordSet Modifiers =
    [
        "security", "armed", "military", "special", "government", "national", "defence", "defense", "federal",
        "local", "regular", "state", "allied", "pro-government", "elite", "border", "ground", "naval", "air", "occupation",
        "occupying",
    ];

    private static readonly FrozenDictionary<string, (string Kind, string Category)> Heads =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["forces"] = ("forces", "state security forces"),
            ["troops"] = ("forces", "state security forces"),
            ["soldiers"] = ("forces", "state security forces"),
            ["army"] = ("forces", "military force"),
            ["military"] = ("forces", "military force"),
            ["cabinet"] = ("cabinet", "government"),
            ["force"] = ("forces", "military force"),
            ["embassy"] = ("embassy", "embassy"),
            ["police"] = ("police", "police"),
            ["navy"] = ("navy", "military force"),
            ["government"] = ("government", "government"),
            ["administration"] = ("government", "government"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    // "military operations", "army officers": the word is an adjective there, not the body itself.
    private static readonly WordSet AdjectivalUses =
    [
        "operation", "operations", "campaign", "action", "aid", "assistance", "base", "bases", "vehicle", "vehicles",
        "equipment", "personnel", "official", "officials", "officer", "officers", "source", "sources", "spokesman",
        "spokesperson", "court", "junta", "leaders", "leader", "commander", "commanders", "intelligence", "support",
        "presence", "offensive", "pressure", "exercise", "exercises", "drills", "facilities", "facility", "targets",
        "strikes", "capabilities", "power", "council", "rule", "regime", "coup", "convoy", "advisers", "plane",
        "aircraft", "helicopter", "helicopters", "chief", "chiefs", "station", "post", "posts", "positions", "position",
        "checkpoint", "checkpoints", "patrol", "patrols", "unit", "units", "camp", "camps", "hospital", "forces",
        "academy", "college", "school", "university", "prosecutor", "prosecutors", "tribunal", "prison", "museum",
    ];

    // The country's own listed force answers to "Israeli forces" and "Israel's military" ("Israel Defense Forces"), its
    // listed police to "Sri Lankan police".
    private static EntityDraft? Listed(ArticleContext context, string iso, string kind, string rest)
    {
        // "Sri Lankan police": the country's listed national police ("Sri Lanka Police").
        if (kind == "police")
            return context.Gazetteer.NationalBody(iso, "police") is { } police ? context.Entities.Of(police) : null;
        if (kind != "forces")
            return null;
        var wantsSecurity = rest.Contains("security", StringComparison.OrdinalIgnoreCase);
        var entry = wantsSecurity
            ? context.Gazetteer.NationalBody(iso, "state security forces")
            : context.Gazetteer.NationalBody(iso, "military force");
        return entry is null ? null : context.Entities.Of(entry);
    }

    private static readonly WordSet Spokesmen = ["spokesman", "spokesperson", "spokeswoman"];

    // "Ukrainian troops", "North Korean soldiers": nationals, the country itself, unless the article names the
    // country's force as a body elsewhere ("the Nigerian Army", "Israeli forces", a listed force).
    private static readonly WordSet Nationals = ["troops", "soldiers"];

    private static readonly WordSet ForcePeople =
    [
        "commander", "commanders", "chief", "chiefs", "officer", "officers", "spokesman", "spokesperson", "leaders", "leader",
    ];

    // "Manipur Police", "Punjab Police": a province's own police force by its proper name.
    private static void ProvincialPolice(ArticleContext context)
    {
        foreach (var mention in context.Mentions.ToList())
        {
            if (mention.Entity is not { Kind: EntityKind.Province } province || mention.Form != MentionForm.Name
                || mention.EndToken >= context.Tokens.Count || !context.IsWord(mention.EndToken, "police") || !context.Tokens[mention.EndToken].IsCapitalised)
                continue;
            var body = context.Entities.Named(EntityKind.Organisation, $"{context.Text(mention.FirstToken, mention.EndToken)} Police");
            body.Category ??= "police";
            body.CountryIso ??= province.Entry?.Country;
            context.Add(new Mention(mention.FirstToken, mention.EndToken + 1, body, MentionForm.Name));
        }
    }

    // "Armenia's Security Council", "the US National Security Council": the short name of an international body's
    // organ after a country is that country's own body of the same name.
    private static void NationalNamesakes(ArticleContext context)
    {
        foreach (var mention in context.Mentions.ToList())
        {
            if (mention.Entity?.Entry is not { Kind: EntityKind.Organisation, PartOf: not null } listed || mention.Form != MentionForm.Name)
                continue;
            var surface = context.Text(mention.FirstToken, mention.EndToken);
            if (!listed.Name.EndsWith(" " + surface, StringComparison.OrdinalIgnoreCase))
                continue;
            var start = mention.FirstToken;
            if (context.IsWord(start - 1, "national") && context.Tokens[start - 1].IsCapitalised)
                start--;
            var possessive = start >= 2 && context.IsWord(start - 1, "s") && context.Tokens[start - 2].Is('\'');
            var owner = context.MentionAt(possessive ? start - 3 : start - 1) is { Entity.Kind: EntityKind.Country } m ? m : null;
            // "the National Security Council" with no country before it: the home country's own council.
            if (owner is null && start == mention.FirstToken)
                continue;
            var first = owner?.FirstToken ?? start;
            var body = context.Entities.Named(EntityKind.Organisation, context.Text(first, mention.EndToken));
            body.Category ??= "government body";
            body.CountryIso ??= owner?.Entity!.IsoCode ?? context.HomeCountry();
            context.Add(new Mention(first, mention.EndToken, body, MentionForm.Name));
            // The international organ is in the article only if it is named elsewhere too.
            mention.Entity!.Named = context.Mentions.Any(m => m.Entity == mention.Entity && m.Form == MentionForm.Name);
        }
    }

    // "the internationally recognised government", "the regional government" beside the national one, "the Government of
    // National Unity": words that set a government against a rival, so that it is a body of its own, not the state.
    private static readonly WordSet RivalMarks =
    [
        "recognised", "recognized", "legitimate", "regional", "unity", "parallel", "rival", "exiled",
    ];

    private static readonly WordSet FederalWords = ["federal"];

    private static bool RuleContested(ArticleContext context)
    {
        for (var i = 1; i < context.Tokens.Count; i++)
        {
            if (context.IsWord(i, "government")
                && (context.IsAnyWord(i - 1, RivalMarks) || context.IsWord(i + 1, "of") && context.IsWord(i + 2, "national")))
                return true;
        }
        return false;
    }

    public static void Run(ArticleContext context)
    {
        ProvincialPolice(context);
        NationalNamesakes(context);
        var byKind = new Dictionary<(string Iso, string Kind), EntityDraft>();
        var heads = new List<(Mention Mention, EntityDraft Country, int Modifiers, int Head)>();
        var namedForces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in context.Mentions.ToList())
        {
            if (mention.Entity is { Kind: EntityKind.Organisation, Category: "military force" or "state security forces" } force && mention.Form == MentionForm.Name
                && (force.CountryIso ?? force.Entry?.Country) is { } forceIso)
                namedForces.Add(forceIso);
            if (mention.Entity is not { Kind: EntityKind.Country } country)
                continue;
            var end = context.SentenceOf(mention.FirstToken).EndToken;
            var i = mention.EndToken;
            if (mention.Form == MentionForm.Name && i + 1 < end && context.Tokens[i].Is('\'') && context.IsWord(i + 1, "s"))
                i += 2;
            var modifiersStart = i;
            while (i < end && context.IsAnyWord(i, Modifiers) && !context.Covered(i, i + 1)
                   && !(Heads.ContainsKey(context.Tokens[i].Key) && !(context.IsAnyWord(i + 1, Modifiers) || i + 1 < end && context.Tokens[i + 1].IsWordLike && Heads.ContainsKey(context.Tokens[i + 1].Key))))
                i++;
            if (i >= end || !context.Tokens[i].IsWordLike || !Heads.TryGetValue(context.Tokens[i].Key, out var head))
                continue;
            // "the Nigerian army spokesman": a force's spokesman speaks for the force as a body; a government's for the state.
            if (context.Tokens[i].Key is "military" or "army" or "police" or "government" && i + 1 < end && context.IsAnyWord(i + 1, AdjectivalUses)
                && !(head.Kind is "forces" or "police" && context.IsAnyWord(i + 1, Spokesmen)))
            {
                // "Mozambique's army commander": the army's people speak of the army as a body.
                if (head.Kind == "forces" && context.IsAnyWord(i + 1, ForcePeople))
                    namedForces.Add(country.IsoCode!);
                continue;
            }
            heads.Add((mention, country, modifiersStart, i));
            if (head.Kind == "forces" && !(i == modifiersStart && context.IsAnyWord(i, Nationals)))
                namedForces.Add(country.IsoCode!);
        }
        var ruleContested = new Lazy<bool>(() => RuleContested(context));
        foreach (var (mention, country, modifiersStart, headToken) in heads)
        {
            var i = headToken;
            var head = Heads[context.Tokens[i].Key];
            if (i == modifiersStart && context.IsAnyWord(i, Nationals) && !namedForces.Contains(country.IsoCode!))
                continue;
            // "Cameroon's government said", "the Beninese military government accused": a state's government with no
            // name of its own speaks and acts for the state, unless the article sets it against a rival authority.
            // "Somalia's federal government" is the body of that name.
            if (head.Kind == "government" && !ruleContested.Value && !context.AnyWordIn(modifiersStart, i, FederalWords))
            {
                context.Add(new Mention(mention.FirstToken, i + 1, country, MentionForm.Name));
                continue;
            }
            // "the Mexican Air Force" beside "the Mexican army": a country's air arm is a body of its own.
            if (context.IsWord(i, "force") && context.IsWord(i - 1, "air") && i - 1 >= modifiersStart)
                head = ("air force", "military force");
            // "Somali Police Force", "Rwanda Defence Force": the name goes on to its last word.
            if (context.Tokens[i].Key == "police" && context.IsWord(i + 1, "force"))
                i++;
            var surface = context.Text(mention.FirstToken, i + 1);
            var rest = context.Text(modifiersStart, i + 1);
            var iso = country.IsoCode!;
            country.Named = true;
            var demonym = context.Gazetteer.UsualDemonym(iso) ?? country.Name;
            if (!byKind.TryGetValue((iso, head.Kind), out var body))
            {
                // "U.S. Navy", "Rwanda Defence Force": a capitalised body after the country's name is its proper name.
                var proper = mention.Form == MentionForm.Name && context.Tokens[i].IsCapitalised;
                body = Listed(context, iso, head.Kind, rest)
                       ?? context.Entities.Named(EntityKind.Organisation, mention.Form == MentionForm.Demonym || proper ? surface : $"{demonym} {rest}");
                body.Category ??= head.Category;
                body.CountryIso ??= iso;
                byKind[(iso, head.Kind)] = body;
            }
            body.AddAlias(surface);
            body.AddAlias($"{demonym} {rest}");
            body.AddAlias($"{country.Name}'s {rest}");
            if (head.Kind == "forces")
            {
                foreach (var noun in new[] { "forces", "security forces", "armed forces", "army", "military", "troops" })
                    body.AddAlias($"{demonym} {noun}");
            }
            context.Add(new Mention(mention.FirstToken, i + 1, body, MentionForm.Name));
        }
    }
}

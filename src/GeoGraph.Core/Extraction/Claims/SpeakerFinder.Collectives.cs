using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// Speakers described by what they are rather than by an office: "officials said", "police say", "residents told
/// AFP", "local medics said". They speak as written, "officials (unnamed)", except the police, who are the police
/// force the article names, or the police of the place or country it is set in.
/// </summary>
internal sealed partial class SpeakerFinder
{
    /// <summary>Nouns for a described group that speaks: "officials", "police", "residents".</summary>
    public static readonly WordSet Collectives =
    [
        "officials", "police", "authorities", "residents", "witnesses", "medics", "doctors", "rescuers", "investigators",
        "villagers", "activists", "survivors", "paramedics", "prosecutors", "sources", "mediators", "analysts", "diplomats",
        "observers", "experts", "monitors", "negotiators", "lawmakers", "aides", "researchers", "eyewitnesses", "elders", "relatives",
    ];

    // Only a description that is the whole subject speaks: not "survivors" in "HRW, which interviewed survivors,",
    // nor "authorities" after a name ("the Karabakh authorities", read as a description elsewhere).
    private Speaker? Collective(int noun, int first, int end)
    {
        // "…, and police said": the joiner opens the clause, it is not part of the subject.
        // "…, where officials fear", "as officials in Davao said": nor does a subordinator.
        while (first < noun && (context.IsAnyWord(first, Joiners) || context.Tokens[first].Is(',')))
            first++;
        var start = noun;
        while (start > first && context.Tokens[start - 1].IsWordLike && context.MentionAt(start - 1) is null
               && context.Tokens[start - 1].Case == Tokens.TokenCase.Lower && Words.SpeakerModifiers.Contains(context.Tokens[start - 1], context.Gazetteer.Words))
            start--;
        // "American and other officials": the officials named by their state speak for it.
        if (context.IsWord(start - 1, "and") && context.MentionAt(start - 2) is { Form: MentionForm.Demonym, Entity: { Kind: EntityKind.Country } named })
            return new Speaker(named, null, false);
        if (start != first && !(start == first + 1 && context.Tokens[first].Case == Tokens.TokenCase.Capitalised
                                && Words.SpeakerModifiers.Contains(context.Tokens[first], context.Gazetteer.Words)))
            return null;
        if (start > first)
            start = first;
        if (context.Tokens[noun].Key == "police")
            return new Speaker(Police(noun, end), null, false);
        // "officials in Kabwe said", "officials in Turkana county said": the place is part of the description.
        var last = noun + 1;
        if (PlaceQualifierEnd(last, end) == end)
            last = end;
        if (last == noun + 1 && StateAuthorities(start, noun) is { } state)
            return state;
        if (OwnerOfPossessive(start) is { } owner)
            return new Speaker(owner, context.Text(start, last), false);
        return new Speaker(null, context.Text(start, last), false);
    }

    /// <summary>
    /// "the authorities said", "the transitional authorities announced", "according to the government": a state's
    /// authorities or government, unless local, speak for the state the article is set in.
    /// </summary>
    public Speaker? StateAuthorities(int start, int noun) =>
        (context.IsWord(noun, "authorities") || context.IsWord(noun, "government")) && !LocalBefore(start, noun) && context.HomeCountry() is { } iso && context.Entities.Country(iso) is { } state
            ? new Speaker(state, null, false)
            : null;

    private static readonly WordSet LocalWords = ["local", "provincial", "regional", "municipal", "city", "district", "state", "county", "village", "camp", "prison", "health", "tribal"];

    private bool LocalBefore(int start, int noun)
    {
        for (var i = start; i < noun; i++)
        {
            // "the Karabakh authorities": a name before the noun says whose they are.
            if (context.IsAnyWord(i, LocalWords) || i > start && (context.Tokens[i].IsCapitalised || context.MentionAt(i) is not null))
                return true;
        }
        return false;
    }

    private static readonly WordSet Joiners = ["and", "but", "as", "while", "where", "when"];

    // "Police in Kandahar said": the police of that place; "police said": the police force named last, else the
    // police of the country the article is set in.
    private EntityDraft? Police(int noun, int end)
    {
        // "Police in Uganda said": the national police of that country.
        if (context.IsWord(noun + 1, "in") && context.MentionAt(noun + 2) is { Entity: { Kind: EntityKind.Country, IsoCode: { } countryIso } } land
            && land.EndToken == end)
            return NationalPolice(countryIso, land.Entity!, noun);
        if (context.IsWord(noun + 1, "in") && noun + 2 < end && context.Tokens[noun + 2].IsCapitalised
            && context.MentionAt(noun + 2) is null or { Entity.Kind: EntityKind.Province })
        {
            var place = context.MentionAt(noun + 2) is { } m ? context.Text(m.FirstToken, m.EndToken) : context.Text(noun + 2, noun + 3);
            return Policing(context.Entities.Named(EntityKind.Organisation, $"{place} police"), null, noun);
        }
        if (NamedPolice(noun) is { } police)
            return police;
        if (context.HomeCountry() is not { } iso || context.Entities.Country(iso) is not { } country)
            return null;
        return StatePolice(iso, noun) ?? NationalPolice(iso, country, noun);
    }

    // India's and Pakistan's police forces are the states' and provinces' own, not national ones.
    private static readonly HashSet<string> ProvincialPolicing = new(StringComparer.Ordinal) { "IN", "PK" };

    // "police said" in an article set in Khyber Pakhtunkhwa: the police of the first of the country's provinces it names.
    private EntityDraft? StatePolice(string iso, int noun)
    {
        if (!ProvincialPolicing.Contains(iso))
            return null;
        foreach (var m in context.Mentions)
        {
            if (m.Form == MentionForm.Name && m.Entity is { Kind: EntityKind.Province } province && province.Entry?.Country == iso)
                return Policing(context.Entities.Named(EntityKind.Organisation, $"{province.Name} Police"), iso, noun);
        }
        return null;
    }

    // The police force the article names for a description at <paramref name="noun"/>: the police service itself
    // wherever it is named, else a force with "Police" in its name named before; null when it names none.
    private EntityDraft? NamedPolice(int noun)
    {
        EntityDraft? named = null;
        EntityDraft? service = null;
        foreach (var m in context.Mentions)
        {
            if (m.Entity is not { Kind: EntityKind.Organisation } e)
                continue;
            // "the Riverland Police", named before or after: the police service itself, over a force with "Police"
            // in its name ("the Central Reserve Police Force").
            if ((e.Category == "police" || e.Name.EndsWith(" Police", StringComparison.Ordinal)) && (service is null || m.FirstToken < noun))
                service = e;
            if (m.FirstToken >= noun)
                continue;
            if ((e.Category == "police" || e.Name.Contains("Police", StringComparison.Ordinal))
                && (named is null || e.Category == "police" || named.Category != "police"))
                named = e;
        }
        if (named is { Category: "police" } || named is not null && named.Name.EndsWith(" Police", StringComparison.Ordinal))
            return named;
        return service ?? named;
    }

    // "police said" in an article set in Bangladesh: the listed national police, else one named by the demonym.
    private EntityDraft NationalPolice(string iso, EntityDraft country, int noun)
    {
        if (context.Gazetteer.NationalBody(iso, "police") is { } national)
            return Policing(context.Entities.Of(national), iso, noun);
        var demonym = context.Gazetteer.UsualDemonym(iso) ?? country.Name;
        return Policing(context.Entities.Named(EntityKind.Organisation, $"{demonym} police"), iso, noun);
    }

    private EntityDraft Policing(EntityDraft police, string? iso, int noun)
    {
        police.Category ??= "police";
        police.CountryIso ??= iso;
        context.Add(new Mention(noun, noun + 1, police, MentionForm.Name));
        return police;
    }
}

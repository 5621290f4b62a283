using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>Ministries the gazetteer does not list ("Ministry of X", "X Ministry", "Zambia's foreign ministry"), with the country that owns them.</summary>
internal static partial class NamePatterns
{
    private static readonly WordSet MinistryDomains =
    [
        "health", "foreign", "defence", "defense", "interior", "information", "finance", "justice", "education",
        "agriculture", "energy", "oil", "trade", "economy", "culture", "religious", "endowments", "home", "security",
        "intelligence", "communications", "transport", "water", "environment", "labour", "labor", "planning",
    ];

    private static int Ministry(ArticleContext context, int head, int sentenceStart, int sentenceEnd)
    {
        var start = CapitalisedRunBefore(context, head, sentenceStart, allowMentions: false);
        if (start == head && context.IsAnyWord(head - 1, MinistryDomains) && context.MentionAt(head - 1) is null)
            start = head - 1;
        var end = head + 1;
        // "the Puntland Ministry of Internal Affairs": a domain after "of" names the ministry whatever stands before it;
        // an owner after "of" ("the Defence Ministry of Ukraine") does not.
        if (start == head)
            end = ComplementAfter(context, head + 1, sentenceEnd);
        else if (context.IsWord(head + 1, "of") && head + 2 < sentenceEnd && context.Tokens[head].IsCapitalised
                 && context.Tokens[head + 2] is { Kind: TokenKind.Word, Case: TokenCase.Capitalised }
                 && ComplementAfter(context, head + 1, sentenceEnd) is var domainEnd && !context.Covered(head + 2, domainEnd))
            end = domainEnd;
        // "the Kenyan ministry of defence": a domain in lower case after "of", with the country before the head.
        if (start == head && end == head + 1 && context.IsWord(head + 1, "of") && context.IsAnyWord(head + 2, MinistryDomains)
            && context.MentionAt(head + 2) is null && CountryBefore(context, start, out _) is not null)
            end = context.IsWord(head + 3, "affairs") ? head + 4 : head + 3;
        if (start == head && end == head + 1)
            return head;
        var phrase = context.Text(start, end);
        var country = CountryBefore(context, start, out var prefixStart);
        if (country is null && OwnerAfter(context, end, sentenceEnd, out var ownerEnd) is { } iso)
        {
            // "the Defence Ministry in Baku", "the foreign ministry of the Islamic Emirate": the owner after the name,
            // a state named by its adjective, another owner as written.
            var state = context.Entities.Country(iso);
            var demonym = context.Gazetteer.UsualDemonym(iso) ?? state?.Name;
            var owned = context.Entities.Named(EntityKind.Organisation, state is null ? context.Text(start, ownerEnd) : $"{demonym} {phrase}");
            owned.Category ??= "government ministry";
            owned.CountryIso ??= state is null ? null : iso;
            context.Entities.Learn(owned, context.Text(start, ownerEnd));
            context.Add(new Mention(start, ownerEnd, owned, MentionForm.Name));
            return ownerEnd - 1;
        }
        var name = country is not null ? $"{context.Text(prefixStart, start)} {phrase}" : phrase;
        // "Zambia's foreign ministry" and "the Zambian Foreign Ministry" are one body, named as the article first writes it.
        var demonymName = country is null ? null : $"{DemonymOf(context, country)} {phrase}";
        var possessiveName = country is null ? null : $"{country.Name}'s {phrase}";
        // "the KRG health ministry": a body or a region that owns it; "the Taliban's defence ministry": a group that governs
        // (a ministry the article names in capitals keeps its own name).
        var possessed = start >= 3 && context.IsWord(start - 1, "s") && context.Tokens[start - 2].Is('\'') && !context.Tokens[start].IsCapitalised;
        if (country is null && context.MentionAt(possessed ? start - 3 : start - 1) is { Entity: { } owner } ownerMention
            && (possessed ? owner.Kind == EntityKind.Group : owner.Kind is EntityKind.Organisation or EntityKind.Province)
            && ownerMention.EndToken == (possessed ? start - 2 : start))
        {
            prefixStart = context.IsWord(ownerMention.FirstToken, "the") ? ownerMention.FirstToken + 1 : ownerMention.FirstToken;
            name = $"{context.Text(prefixStart, ownerMention.EndToken)} {phrase}";
            var owned = context.Entities.Named(EntityKind.Organisation, name);
            owned.Category ??= "government ministry";
            owned.CountryIso ??= owner.CountryIso ?? owner.Entry?.Country;
            context.Entities.Learn(owned, phrase);
            if (possessed)
                context.Entities.Learn(owned, context.Text(prefixStart, end));
            context.Add(new Mention(prefixStart, end, owned, MentionForm.Name));
            return end - 1;
        }
        var draft = country is null
            ? context.Entities.Find(phrase) is { Kind: EntityKind.Organisation } known ? known : context.Entities.Named(EntityKind.Organisation, name)
            : SameMinistry(context, demonymName!) ?? SameMinistry(context, possessiveName!) ?? context.Entities.Named(EntityKind.Organisation, name);
        draft.Category ??= "government ministry";
        draft.CountryIso ??= country?.IsoCode;
        context.Entities.Learn(draft, phrase);
        if (country is not null)
        {
            context.Entities.Learn(draft, context.Text(prefixStart, end));
            context.Entities.Learn(draft, possessiveName!);
            context.Entities.Learn(draft, demonymName!);
        }
        context.Add(new Mention(country is not null ? prefixStart : start, end, draft, MentionForm.Name));
        return end - 1;
    }

    private static EntityDraft? SameMinistry(ArticleContext context, string name) =>
        context.Entities.Find(name) is { Kind: EntityKind.Organisation, Category: "government ministry" } known ? known : null;

    private static string DemonymOf(ArticleContext context, EntityDraft country) =>
        (country.IsoCode is { } iso ? context.Gazetteer.UsualDemonym(iso) : null) ?? country.Name;

    // "in Baku" (a capital) or "of the Islamic Emirate" (an actor of a country) right after a ministry's name: the
    // ISO code of the country it belongs to, and where the owner's name ends.
    private static string? OwnerAfter(ArticleContext context, int end, int sentenceEnd, out int ownerEnd)
    {
        ownerEnd = end;
        var i = end + 1;
        while (i < sentenceEnd && context.IsWord(i, "the"))
            i++;
        if (i >= sentenceEnd)
            return null;
        if (context.IsWord(end, "in") && context.Gazetteer.Names.Match(context.Tokens, i, sentenceEnd) is { } capital
            && capital.Values.FirstOrDefault(h => h.Role == NameRole.Capital).Entry is { } state)
        {
            ownerEnd = capital.End;
            return state.IsoCode;
        }
        if (context.IsWord(end, "of") && context.MentionAt(i) is { Entity: { IsActor: true } owner } m && m.FirstToken == i)
        {
            ownerEnd = m.EndToken;
            return owner.Kind == EntityKind.Country ? owner.IsoCode : owner.CountryIso ?? owner.Entry?.Country ?? string.Empty;
        }
        return null;
    }

    private static EntityDraft? CountryBefore(ArticleContext context, int start, out int prefixStart)
    {
        prefixStart = start;
        var i = start - 1;
        if (i >= 1 && context.IsWord(i, "s") && context.Tokens[i - 1].Is('\''))
            i -= 2;
        if (context.MentionAt(i) is { Entity: { Kind: EntityKind.Country } country } m && m.EndToken == i + 1)
        {
            prefixStart = m.FirstToken;
            return country;
        }
        return null;
    }

}

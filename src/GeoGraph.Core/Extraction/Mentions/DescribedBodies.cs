using System.Collections.Frozen;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// "The Jalo Doctors Network, a medical group that documents abuses", "the Kivu Defence League, an armed coalition":
/// a description in apposition says what kind of body a name the gazetteer does not list is. It retypes a body the
/// name shapes guessed wrongly (a network of doctors is no armed group) and names one they missed. A noun before a name
/// does the same: "the opposition party Les Verts", "the airline Sky Harbour".
/// </summary>
internal static class DescribedBodies
{
    // The noun of the description: what kind of collective it is.
    private static readonly WordSet Collectives =
    [
        "group", "groups", "coalition", "alliance", "movement", "militia", "militias", "network", "organisation",
        "organization", "faction", "outfit", "collective", "charity", "association", "union", "watchdog", "ngo",
        "gang", "umbrella", "body", "party",
    ];

    // A noun that introduces a name right after it: "the opposition party Les Verts", "the airline Sky Harbour".
    private static readonly FrozenDictionary<string, (EntityKind Kind, string Category)> IntroducingNouns =
        new Dictionary<string, (EntityKind, string)>(StringComparer.Ordinal)
        {
            ["party"] = (EntityKind.Group, "political party"),
            ["airline"] = (EntityKind.Organisation, "company"),
            ["firm"] = (EntityKind.Organisation, "company"),
            ["company"] = (EntityKind.Organisation, "company"),
            ["operator"] = (EntityKind.Organisation, "company"),
            ["contractor"] = (EntityKind.Organisation, "company"),
            ["charity"] = (EntityKind.Organisation, "civil organisation"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    // The same nouns as a word set: most word pairs are tested by the token's number, without hashing its key.
    private static readonly WordSet IntroducingWords = WordSet.Of(IntroducingNouns.Keys);

    private static readonly WordSet ArmedWords =
    [
        "armed", "militant", "rebel", "jihadist", "jihadi", "insurgent", "separatist", "paramilitary", "extremist", "terrorist",
        "islamist", "guerrilla", "guerilla", "militia", "militias", "vigilante", "criminal", "gang", "fighters", "gunmen",
        "secessionist", "mercenary", "banned", "outlawed", "proscribed",
    ];

    private static readonly WordSet CivilWords =
    [
        "medical", "doctors", "rights", "humanitarian", "aid", "monitoring", "advocacy", "relief", "charity", "research",
        "lawyers", "journalists", "press", "civil", "civic", "nonprofit", "non-profit", "non-governmental", "campaign",
        "volunteer", "health", "watchdog", "ngo", "conservation", "business", "trade", "industry", "professional",
    ];

    private static readonly WordSet CompanyNouns = ["company", "firm", "contractor", "consultancy", "corporation", "operator"];

    private const int DescriptionWords = 8;

    public static void Run(ArticleContext context)
    {
        foreach (var s in context.Sentences)
        {
            for (var i = s.FirstToken; i + 1 < s.EndToken; i++)
            {
                if (context.Tokens[i].Case == TokenCase.Lower && context.Tokens[i + 1].Case == TokenCase.Capitalised
                    && context.IsAnyWord(i, IntroducingWords) && IntroducingNouns.TryGetValue(context.Tokens[i].Key, out var introduced))
                    i = NameAfter(context, i + 1, s.EndToken, introduced.Kind, introduced.Category);
            }
            for (var comma = s.FirstToken + 1; comma + 2 < s.EndToken; comma++)
            {
                // Only a name (capitalised, or a mention) closes before the comma of an apposition.
                if (!context.Tokens[comma].Is(',') || context.Tokens[comma - 1].Case == TokenCase.Lower && context.MentionAt(comma - 1) is null && !context.Tokens[comma - 1].Is(')')
                    || KindDescribed(context, comma + 1, s.EndToken) is not var (kind, category))
                    continue;
                var nameEnd = PlaceAfterName(context, comma);
                if (context.MentionAt(nameEnd - 1) is { } m && m.EndToken == nameEnd)
                    Retype(context, m, kind);
                else
                    NameRunBefore(context, nameEnd, s.FirstToken, kind, category);
            }
        }
    }

    // "the Popular Resistance in West Kordofan, armed civilian groups …": the place after the name is where it acts.
    private static int PlaceAfterName(ArticleContext context, int comma)
    {
        if (context.MentionAt(comma - 1) is { Entity.IsPlace: true } place && place.EndToken == comma && context.IsWord(place.FirstToken - 1, "in"))
            return place.FirstToken - 1;
        return comma;
    }

    // ", a medical group that …", ", armed civilian groups allied with …", ", a coalition of armed movements": the kind
    // the description gives, if it gives one and describes no person ("a rebel group commander").
    private static (EntityKind Kind, string? Category)? KindDescribed(ArticleContext context, int from, int sentenceEnd)
    {
        var i = from;
        if (context.IsWord(i, "a") || context.IsWord(i, "an") || context.IsWord(i, "the"))
            i++;
        bool armed = false, civil = false;
        var collective = -1;
        for (var end = Math.Min(sentenceEnd, i + DescriptionWords); i < end; i++)
        {
            var t = context.Tokens[i];
            if (t.Is('-'))
                continue;
            // "a Kenyan rights group", "a Greek maritime security company": the demonym only says where it is from.
            if (context.MentionAt(i) is { Form: MentionForm.Demonym } demonym)
            {
                i = demonym.EndToken - 1;
                continue;
            }
            if (t.Kind != TokenKind.Word)
                break;
            // "a maritime security company taking part in the search": a business is an organisation, whatever it does.
            if (collective < 0 && t.Case == TokenCase.Lower && CompanyNouns.Contains(t, context.Gazetteer.Words))
                return PersonNounAfter(context, i + 1, sentenceEnd) ? null : (EntityKind.Organisation, "company");
            armed |= ArmedWords.Contains(t, context.Gazetteer.Words);
            civil |= CivilWords.Contains(t, context.Gazetteer.Words);
            if (collective < 0 && Collectives.Contains(t, context.Gazetteer.Words) && t.Case == TokenCase.Lower)
            {
                collective = i;
                if (PersonNounAfter(context, i + 1, sentenceEnd))
                    return null;
                // "the main party of the Serbs": a party is a political group.
                if (t.Key == "party")
                    return (EntityKind.Group, null);
                // "a coalition of Darfuri armed movements": the "of" phrase may say it instead.
                if (armed || civil || !context.IsWord(i + 1, "of"))
                    break;
                continue;
            }
            if (collective < 0 && (t.Case != TokenCase.Lower || t.Key is "that" or "which" or "who" or "and" or "of"))
                return null;
        }
        return collective < 0 || armed == civil ? null : (armed ? EntityKind.Group : EntityKind.Organisation, null);
    }

    private static bool PersonNounAfter(ArticleContext context, int i, int sentenceEnd) =>
        i < sentenceEnd && context.Tokens[i].Kind == TokenKind.Word && context.Tokens[i].Case == TokenCase.Lower
        && (context.Tokens[i].Key is "member" or "members" or "fighter" or "fighters" || Officials.TitleFinder.At(context, i, sentenceEnd) is not null);

    private static void Retype(ArticleContext context, Mention mention, EntityKind kind)
    {
        if (mention.Entity is not { Entry: null, Kind: EntityKind.Organisation or EntityKind.Group } draft || draft.Kind == kind || draft.IsOutlet)
            return;
        var retyped = context.Entities.Retyped(draft, kind);
        retyped.Category = kind == EntityKind.Group ? "armed group" : "civil organisation";
        context.MoveMentions(draft, retyped);
        draft.Named = false;
        draft.Dropped = true;
    }

    // The capitalised words right after an introducing noun, if no other mention claims them; where reading goes on.
    private static int NameAfter(ArticleContext context, int start, int sentenceEnd, EntityKind kind, string category)
    {
        var end = NamePatterns.CapitalisedRunEnd(context, start, sentenceEnd, 5, hyphens: true);
        if (end == start || context.Tokens[start].Length < 2 || context.Covered(start, end) || Officials.TitleFinder.At(context, start, sentenceEnd) is not null)
            return start - 1;
        var phrase = context.Text(start, end);
        var draft = context.Entities.Find(phrase) ?? context.Entities.Named(kind, phrase);
        draft.Category ??= category;
        context.Add(new Mention(start, end, draft, MentionForm.Name));
        return end - 1;
    }

    // "… said the Kivu Defence League, an armed coalition …": two or more capitalised words nothing else has named.
    private static void NameRunBefore(ArticleContext context, int end, int sentenceStart, EntityKind kind, string? category)
    {
        var start = end;
        while (start - 1 >= sentenceStart && start > end - 6 && context.Tokens[start - 1].Kind == TokenKind.Word && context.Tokens[start - 1].IsCapitalised
               && context.MentionAt(start - 1) is null && !Words.NotNames.Contains(context.Tokens[start - 1], context.Gazetteer.Words))
            start--;
        // "Diaplous, a Greek maritime security company": one word no list knows is a name too.
        var oneUnknownWord = end - start == 1 && context.Tokens[start] is { Length: >= 3, Case: TokenCase.Capitalised, Word: < 0 };
        if (end - start < 2 && !oneUnknownWord || start == sentenceStart && context.Tokens[start].Key is "the")
            return;
        var phrase = context.Text(start, end);
        var draft = context.Entities.Find(phrase) ?? context.Entities.Named(kind, phrase);
        draft.Category ??= category ?? (kind == EntityKind.Group ? "armed group" : "civil organisation");
        context.Add(new Mention(start, end, draft, MentionForm.Name));
    }
}

using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// Bodies behind a described speaker: the office of a title ("the prime minister's office"), an outlet described by
/// its kind ("the semi-official Kavir news agency"), the body an unnamed spokesman speaks for ("a spokesman for its
/// foreign ministry").
/// </summary>
internal sealed partial class SpeakerFinder
{
    // The official whose title fits, else the state the article is set in: an office of state speaks for it.
    private Speaker? OfficeHolder(int i, string title)
    {
        if (PersonBefore(i, title) is { Entity: { } official } holder && official.HoldsOffice(title))
            return holder;
        return context.HomeCountry() is { } iso && context.Entities.Country(iso) is { } country ? new Speaker(country, null, false) : null;
    }

    // "prime minister's office", "interior minister's spokesman": the title whose holder the office speaks for.
    private (string? Title, int Office) TitleOfOffice(int from, int end)
    {
        for (var j = from; j < end - 3 && j <= from + 2; j++)
        {
            var t = context.Tokens[j];
            if (t.Kind != Tokens.TokenKind.Word || t.Case != Tokens.TokenCase.Lower)
                return (null, -1);
            if (Words.PersonNouns.Contains(t, context.Gazetteer.Words) && context.Tokens[j + 1].Is('\'') && context.IsWord(j + 2, "s") && context.IsAnyWord(j + 3, Following))
                return (t.Key, j + 3);
        }
        return (null, -1);
    }

    private static readonly WordSet OutletNouns =
    [
        "agency", "newspaper", "daily", "broadcaster", "television", "channel", "radio", "outlet", "website", "tv",
    ];

    // "the semi-official Tasnim news agency said", "the state-run Kavir television reported": an unlisted name
    // before an outlet noun that ends the subject is the outlet.
    private Speaker? OutletBefore(int first, int end)
    {
        var head = end - 1;
        if (head <= first || !context.IsAnyWord(head, OutletNouns))
            return null;
        var nameEnd = context.IsWord(head - 1, "news") ? head - 1 : head;
        var nameFirst = nameEnd;
        while (nameFirst > first && context.Tokens[nameFirst - 1].Kind == Tokens.TokenKind.Word && context.Tokens[nameFirst - 1].Case != Tokens.TokenCase.Lower
               && context.MentionAt(nameFirst - 1) is null)
            nameFirst--;
        if (nameFirst == nameEnd || nameFirst == first || nameEnd - nameFirst > 3)
            return null;
        var draft = context.Entities.Named(EntityKind.Organisation, context.Text(nameFirst, nameEnd));
        draft.Category ??= "news outlet";
        context.Add(new Mention(nameFirst, nameEnd, draft, MentionForm.Name));
        return new Speaker(draft, null, false);
    }

    // "a spokesman for the Defence Ministry", "an official at its foreign ministry": the body named after the noun.
    private EntityDraft? BodyAfter(int i, int end)
    {
        if (i >= end || !context.IsWord(i, "for") && !context.IsWord(i, "of") && !context.IsWord(i, "at") && !context.IsWord(i, "from"))
            return null;
        i++;
        var owner = context.IsWord(i, "its") || context.IsWord(i, "their") ? i : -1;
        while (i < end && context.IsAnyWord(i, Words.Determiners))
            i++;
        // "its foreign ministry", unnamed or read only as a description: the body "its" stands for.
        if (owner >= 0 && i < end && context.Tokens[i].Case == Tokens.TokenCase.Lower
            && (context.MentionAt(i)?.Entity?.Name ?? string.Empty).All(c => !char.IsUpper(c)))
            return (SubjectBefore(owner) ?? LastActor)?.Entity;
        if (i >= end || context.MentionAt(i) is not { Entity: { IsActor: true } body } m || m.FirstToken != i || body.Kind == EntityKind.Official)
            return null;
        return m.Form == MentionForm.Demonym ? null : body;
    }
}

using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// A body the article named in full and then describes by the words of its name: "the defence force" after the
/// National Defence Force, "the commission" after the Human Rights Commission, "the prime minister's office" after
/// the Office of the Prime Minister.
/// </summary>
internal sealed partial class SpeakerFinder
{
    // Words too general to pick one body by: "the group", "the forces".
    private static readonly WordSet GeneralHeads =
    [
        "group", "groups", "forces", "force", "government", "state", "organisation", "organization", "movement", "party",
        "authorities", "country", "side", "body",
    ];

    /// <summary>
    /// The organisation or group last named before token <paramref name="first"/> whose name holds every word of the
    /// description in [<paramref name="first"/>, <paramref name="end"/>), or null.
    /// </summary>
    public Speaker? BodyNamedLike(int first, int end)
    {
        var words = 0;
        var last = -1;
        for (var i = first; i < end; i++)
        {
            var t = context.Tokens[i];
            if (t.Kind != Tokens.TokenKind.Word || context.IsAnyWord(i, Words.Determiners) || t.Key == "s" && context.Tokens[i - 1].Is('\''))
                continue;
            if (t.Case != Tokens.TokenCase.Lower)
                return null;
            words++;
            last = i;
        }
        // "the minister", "the spokesman": a person, not the office named after them.
        if (words == 0 || words == 1 && GeneralHeads.Contains(context.Tokens[last], context.Gazetteer.Words) || Words.PersonNouns.Contains(context.Tokens[last], context.Gazetteer.Words))
            return null;
        // "the army said" means a state's army, not a rebel group with "Army" in its name (the National Liberation Army).
        var stateOnly = words == 1 && context.Tokens[last].Key is "army" or "military";
        var floor = context.Sentences[Math.Max(0, context.SentenceOfToken[first] - 12)].FirstToken;
        for (var i = first - 1; i >= floor; i--)
        {
            if (context.MentionAt(i) is not { Entity: { IsActor: true, Kind: EntityKind.Organisation or EntityKind.Group } e } m)
                continue;
            i = m.FirstToken;
            if (stateOnly && e.Kind == EntityKind.Group)
                continue;
            if (m.Form == MentionForm.Name && HoldsEveryWord(e.Name, first, end)
                || m.Form == MentionForm.Name && HoldsEveryWord(context.Body.AsSpan(context.Tokens[m.FirstToken].Start, context.Tokens[m.EndToken - 1].End - context.Tokens[m.FirstToken].Start), first, end))
                return new Speaker(e, null, false);
        }
        return null;
    }

    /// <summary>Whether the name holds each content word of the description in [first, end).</summary>
    public bool HoldsEveryWord(ReadOnlySpan<char> name, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var t = context.Tokens[i];
            if (t.Kind != Tokens.TokenKind.Word || context.IsAnyWord(i, Words.Determiners) || t.Key == "s" && context.Tokens[i - 1].Is('\''))
                continue;
            // "defence" and "defense" are one word.
            if (!name.Contains(t.Key, StringComparison.OrdinalIgnoreCase)
                && !(t.Key is "defence" or "defense" && name.Contains(t.Key == "defence" ? "defense" : "defence", StringComparison.OrdinalIgnoreCase)))
                return false;
        }
        return true;
    }
}

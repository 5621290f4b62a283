using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

// "a local official in Bol", "officials in Nineveh governorate", "an official at the Kisumu governor's office": an
// unnamed speaker described by where it serves is written with that place, as an analyst would cite it.
internal sealed partial class SpeakerFinder
{
    private static readonly WordSet PlacePrepositions = ["in", "at"];

    private static readonly WordSet PlaceHeads = ["governorate", "province", "region", "state", "district", "county", "prefecture", "department"];

    /// <summary>
    /// The end of "in/at [the] Place ['s office]" starting at <paramref name="at"/>, when a place or a capitalised name
    /// follows the preposition; otherwise -1.
    /// </summary>
    private int PlaceQualifierEnd(int at, int end)
    {
        if (at >= end || !context.IsAnyWord(at, PlacePrepositions))
            return -1;
        var i = at + 1;
        if (context.IsWord(i, "the"))
            i++;
        if (i >= end)
            return -1;
        if (context.MentionAt(i) is { } m && m.FirstToken == i)
        {
            if (m.Entity is not { Kind: EntityKind.Province or EntityKind.Country })
                return -1;
            i = m.EndToken;
        }
        else
        {
            var name = i;
            while (i < end && context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Capitalised } && context.MentionAt(i) is null)
                i++;
            if (i == name)
                return -1;
        }
        if (i < end && context.IsAnyWord(i, PlaceHeads))
            i++;
        // "the Kisumu governor's office", "Kenya's military intelligence": an office or service of the place, in a word or two.
        var owner = i + 1 < end && context.Tokens[i] is { Kind: TokenKind.Word, Case: TokenCase.Lower } && context.Tokens[i + 1].Is('\'') ? i + 1
            : i < end && context.Tokens[i].Is('\'') ? i : -1;
        if (owner > 0 && context.IsWord(owner + 1, "s"))
        {
            var service = owner + 2;
            while (service < end && service < owner + 4 && context.Tokens[service] is { Kind: TokenKind.Word, Case: TokenCase.Lower })
                service++;
            if (service > owner + 2)
                i = service;
        }
        return i;
    }
}

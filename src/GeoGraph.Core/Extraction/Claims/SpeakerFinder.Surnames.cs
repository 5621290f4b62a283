using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// "Mwamba said", "Mwamba, in a red suit, held a press conference" after "Jimmy Mwamba": a bare surname the mention
/// stages left unread is the person the article named in full, so that pronouns and attributions can find them.
/// </summary>
internal sealed partial class SpeakerFinder
{
    /// <summary>Links every bare, capitalised surname of an official named in full to that official.</summary>
    public void LinkSurnames()
    {
        Dictionary<string, EntityDraft?>? surnames = null;
        foreach (var e in context.Entities.All)
        {
            var space = e.Name.LastIndexOf(' ');
            if (e.Kind != EntityKind.Official || !e.Named || space < 0 || e.Name.Length - space - 1 < 3)
                continue;
            surnames ??= new Dictionary<string, EntityDraft?>(StringComparer.OrdinalIgnoreCase);
            // Two officials of one surname: neither is meant by it alone.
            var surname = e.Name[(space + 1)..];
            if (!surnames.TryAdd(surname, e) && surnames[surname] != e)
                surnames[surname] = null;
        }
        if (surnames is null)
            return;
        // Most capitalised words are no surname: their length rules them out before any folding. The lengths are bits of
        // one number; a set holds any of 64 letters or more.
        var lengths = 0UL;
        HashSet<int>? longLengths = null;
        foreach (var surname in surnames.Keys)
        {
            if (surname.Length < 64)
                lengths |= 1UL << surname.Length;
            else
                (longLengths ??= []).Add(surname.Length);
        }
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            var t = context.Tokens[i];
            if (t.Kind != Tokens.TokenKind.Word || t.Case != Tokens.TokenCase.Capitalised
                || (t.Length < 64 ? (lengths & (1UL << t.Length)) == 0 : longLengths?.Contains(t.Length) != true) || context.MentionAt(i) is not null
                || context.Tokens.Count > i + 1 && context.Tokens[i + 1].Kind == Tokens.TokenKind.Word && context.Tokens[i + 1].Case == Tokens.TokenCase.Capitalised)
                continue;
            if (surnames.GetValueOrDefault(Fold.ToAscii(context.Text(i, i + 1))) is { } person)
                context.Add(new Mention(i, i + 1, person, MentionForm.Name));
        }
    }
}

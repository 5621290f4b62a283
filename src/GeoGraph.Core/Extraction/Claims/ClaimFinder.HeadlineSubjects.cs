using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// A headline names its speaker with a bare noun ("Rebels say …; coalition says …", "minister says …", "mission says …"):
/// the group the article names most for "rebels"; for a title, the home state's official the article then names with it,
/// else the home state; for another noun, the body the article then names with that word or by that kind of body, else
/// the words as written.
/// </summary>
internal sealed partial class ClaimFinder
{
    private const int HeadlineSubjectWords = 3;

    private static readonly WordSet RebelNouns = ["rebels", "militants", "insurgents", "jihadists", "separatists", "gunmen", "rebel", "militia"];

    private Speaker? HeadlineSubject(Sentence s, int subjectStart, int verb)
    {
        if (!Headline(s))
            return null;
        var first = subjectStart;
        while (first < verb && (!_context.Tokens[first].IsWordLike || _context.IsWord(first, "and") || _context.IsWord(first, "but")))
            first++;
        if (!BareHeadlineSubject(first, verb))
            return null;
        var head = _context.Tokens[verb - 1];
        if (RebelNouns.Contains(head, _context.Gazetteer.Words) && Relations.RelationFinder.MostNamedGroup(_context, null) is { } group)
            return new Speaker(group, null, false);
        var person = Words.PersonNouns.Contains(head, _context.Gazetteer.Words) || _context.Gazetteer.Titles.StartsWith(head);
        if (person)
        {
            // "minister says …", "army chief calls …": the official the article then names with that title, else the
            // home state, which its officials speak for.
            return OfficialTitledAfter(first, verb) is { } official ? new Speaker(official, null, true)
                : _context.HomeCountry() is { } iso && _context.Entities.Country(iso) is { } state ? new Speaker(state, _context.Text(first, verb), true)
                : new Speaker(null, _context.Text(first, verb), true);
        }
        return BodyNamedAfter(first, verb) is { } body ? new Speaker(body, null, false) : new Speaker(null, _context.Text(first, verb), false);
    }

    // "army chief" for "the chief of defence forces": the whole title first, then the head noun alone.
    private EntityDraft? OfficialTitledAfter(int first, int end) =>
        FirstOfficialTitled(first, end) ?? FirstOfficialTitled(end - 1, end);

    // The first official named after token <paramref name="end"/> whose title holds the words [first, end).
    private EntityDraft? FirstOfficialTitled(int first, int end)
    {
        foreach (var m in _context.Mentions)
        {
            if (m.FirstToken >= end && m.Entity is { Kind: EntityKind.Official } official && TitledAs(official, first, end))
                return official;
        }
        return null;
    }

    // A headline's bare title is an official of the state the article is set in (or of a body of no known state).
    private bool TitledAs(EntityDraft official, int first, int end) =>
        (official.Title is { } title && _speakers.HoldsEveryWord(title, first, end) || official.Role is { } role && _speakers.HoldsEveryWord(role, first, end))
        && (official.Organisation is not { } body || (body.IsoCode ?? body.CountryIso) is not { } iso || _context.HomeCountry() is not { } home || iso == home);

    // Whether [first, end) is a headline's bare subject: one to three plain words, no name, pronoun or article.
    private bool BareHeadlineSubject(int first, int end)
    {
        if (end <= first || end - first > HeadlineSubjectWords)
            return false;
        for (var i = first; i < end; i++)
        {
            var t = _context.Tokens[i];
            if (t.Kind != TokenKind.Word || _context.MentionAt(i) is not null || _context.IsAnyWord(i, Pronouns) || _context.IsAnyWord(i, Words.Determiners)
                || _context.IsAnyWord(i, Words.ClauseOpeners) || Words.Prepositions.Contains(t, _context.Gazetteer.Words))
                return false;
        }
        return true;
    }

    // The first organisation or group named after the headline whose name or kind holds every word of [first, end):
    // "coalition" for the Saudi-led coalition, "mission" for a peacekeeping mission.
    private EntityDraft? BodyNamedAfter(int first, int end)
    {
        foreach (var m in _context.Mentions)
        {
            if (m.FirstToken < end || m.Form != MentionForm.Name || m.Entity is not { Kind: EntityKind.Organisation or EntityKind.Group } e)
                continue;
            // "mission says" for UNIFIL: the words may be the body's kind rather than its name.
            if (_speakers.HoldsEveryWord(e.Name, first, end) || e.Category is { } kind && _speakers.HoldsEveryWord(kind, first, end))
                return e;
        }
        return null;
    }
}

using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// Reads who speaks in a stretch of attribution: a named official, an unnamed one ("a NATO official",
/// "NATO statistics"), an organisation, or a pronoun and "the official" resolved to the last fitting speaker.
/// </summary>
internal sealed class SpeakerFinder(ArticleContext context)
{
    private static readonly HashSet<string> Documents = new(StringComparer.Ordinal)
    {
        "statement", "statistics", "report", "data", "figures", "assessment", "estimates", "intelligence",
    };

    /// <summary>The last person who spoke, for "he", "she" and "the official".</summary>
    public Speaker? LastPerson { get; private set; }

    /// <summary>The last speaker of any sort, for "they" and "it".</summary>
    public Speaker? LastActor { get; private set; }

    private int _lastPersonToken = -1;

    /// <summary>Remembers <paramref name="speaker"/>, who spoke at token <paramref name="token"/>, for pronouns that follow.</summary>
    public void Spoke(Speaker speaker, int token)
    {
        if (speaker.IsPerson)
        {
            LastPerson = speaker;
            _lastPersonToken = Math.Max(_lastPersonToken, token);
        }
        else
        {
            LastActor = speaker;
        }
    }

    // "he", "his office", "the president": the last person who spoke if they spoke lately, else the last
    // official named before (preferring one whose title fits the noun).
    private Speaker? PersonBefore(int i, string? noun)
    {
        var sentence = context.SentenceOfToken[i];
        var recentSpeaker = LastPerson is not null && _lastPersonToken >= 0 && context.SentenceOfToken[_lastPersonToken] >= sentence - 3
            ? LastPerson
            : null;
        EntityDraft? named = null;
        EntityDraft? fitting = null;
        var floor = context.Sentences[Math.Max(0, sentence - 6)].FirstToken;
        for (var j = i - 1; j >= floor; j--)
        {
            if (context.MentionAt(j) is not { Entity: { Kind: EntityKind.Official } official })
                continue;
            named ??= official;
            if (noun is not null && fitting is null && ((official.Role ?? string.Empty) + " " + (official.Title ?? string.Empty)).Contains(noun, StringComparison.OrdinalIgnoreCase))
                fitting = official;
        }
        if (fitting is not null && recentSpeaker?.Entity != fitting)
            return new Speaker(fitting, null, true);
        if (recentSpeaker is not null)
            return recentSpeaker;
        return named is null ? LastPerson : new Speaker(named, null, true);
    }

    /// <summary>The speaker named in tokens [first, end); a person wins over an organisation beside them.</summary>
    public Speaker? Find(int first, int end)
    {
        Speaker? person = null;
        Speaker? other = null;
        for (var i = first; i < end; i++)
        {
            if (context.MentionAt(i) is { } m && m.FirstToken >= first)
            {
                if (m.Entity?.Kind == EntityKind.Official)
                    person = new Speaker(m.Entity, null, true);
                else if (m.Entity is { IsActor: true } && m.Form != MentionForm.Demonym || m.Entity?.Kind == EntityKind.Country)
                    other ??= new Speaker(m.Entity, null, false);
                i = m.EndToken - 1;
                continue;
            }
            var t = context.Tokens[i];
            if (!t.IsWordLike)
                continue;
            if (Words.UnnamedSpeakers.Contains(t.Key) && Unnamed(i, first) is { } unnamed)
            {
                if (unnamed.IsPerson)
                    person = unnamed;
                else
                    other = unnamed;
                continue;
            }
            if (Words.PersonPronouns.Contains(t.Key) || t.Key is "his" or "her" && i + 1 < end && context.Tokens[i + 1].IsWordLike
                && context.Tokens[i + 1].Key is "office" or "aides" or "aide" or "spokesman" or "spokeswoman" or "spokesperson" or "camp" or "party")
                person ??= PersonBefore(i, null);
            else if (t.Key is "they" or "it" && (LastActor ?? LastPerson) is { } actor)
                other ??= t.Key == "it" && LastActor is not null ? LastActor : actor;
            else if (t.Key == "the" && i + 1 < end && context.Tokens[i + 1].IsWordLike
                     && Words.PersonNouns.Contains(context.Tokens[i + 1].Key))
                person ??= PersonBefore(i, context.Tokens[i + 1].Key);
        }
        return person ?? other;
    }

    // "A NATO official", "a senior U.S. military official", "NATO statistics", "Afghan officials".
    private Speaker? Unnamed(int noun, int first)
    {
        var start = noun;
        EntityDraft? body = null;
        for (var i = noun - 1; i >= first; i--)
        {
            if (context.MentionAt(i) is { Entity: { IsActor: true } e } m && e.Kind != EntityKind.Official)
            {
                body ??= e;
                start = m.FirstToken;
                i = m.FirstToken;
                continue;
            }
            var t = context.Tokens[i];
            if (t.IsWordLike && Words.SpeakerModifiers.Contains(t.Key) || t.Is('-') || t.Is('.'))
            {
                start = i;
                continue;
            }
            break;
        }
        var nounKey = context.Tokens[noun].Key;
        if (Documents.Contains(nounKey))
            return body is null ? null : new Speaker(body, null, false);
        if (body is null && start == noun)
            return null;
        while (start < noun && !context.Tokens[start].IsWordLike)
            start++;
        return new Speaker(body, context.Text(start, noun + 1), true);
    }
}

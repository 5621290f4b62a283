using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// Reads who speaks in a stretch of attribution: a named official, an unnamed one ("a NATO official",
/// "NATO statistics"), an organisation, or a pronoun and "the official" resolved to the last fitting speaker.
/// </summary>
internal sealed partial class SpeakerFinder(ArticleContext context)
{
    private static readonly WordSet Documents =
    [
        "statement", "statistics", "report", "data", "figures", "assessment", "estimates", "intelligence", "text",
        "document", "translation", "decree", "note", "communique", "letter", "reply", "message",
    ];

    // "his office said", "her government announced": the person who spoke, through what they lead.
    private static readonly WordSet Following =
    [
        "office", "aides", "aide", "spokesman", "spokeswoman", "spokesperson", "camp", "party", "administration",
        "government", "ministry", "team", "cabinet",
    ];

    /// <summary>The last person who spoke, for "he", "she" and "the official".</summary>
    public Speaker? LastPerson { get; private set; }

    /// <summary>The last speaker of any sort, for "they" and "it".</summary>
    public Speaker? LastActor { get; private set; }

    /// <summary>The last speaker, person or not, for "the statement added" and "the same document".</summary>
    public Speaker? Last { get; private set; }

    private int _lastPersonToken = -1;

    private int _lastSpeakerToken = -1;

    /// <summary>Remembers <paramref name="speaker"/>, who spoke at token <paramref name="token"/>, for pronouns that follow.</summary>
    public void Spoke(Speaker speaker, int token)
    {
        // "officials said": a description without a body is no antecedent for "it" or "the statement".
        if (speaker is { Entity: null, IsPerson: false })
            return;
        Last = speaker;
        _lastSpeakerToken = Math.Max(_lastSpeakerToken, token);
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
        var namedAt = -1;
        EntityDraft? fitting = null;
        var floor = context.Sentences[Math.Max(0, sentence - 6)].FirstToken;
        for (var j = i - 1; j >= floor; j--)
        {
            // '"… We lost General X …," he told them': a name inside the quote is not who speaks it.
            if (context.MentionAt(j) is not { Entity: { Kind: EntityKind.Official } official } || Quoted(j))
                continue;
            // "had informed Secretary-General X. … he had a message": one named as an object is not who goes on speaking.
            if (named is null && !InObjectPosition(j))
            {
                named = official;
                namedAt = j;
            }
            if (noun is not null && fitting is null && official.HoldsOffice(noun))
                fitting = official;
        }
        // "the minister said" after the minister spoke: the speaker goes on, whoever the article named since.
        if (noun is not null && recentSpeaker?.Entity is { } recent && recent.HoldsOffice(noun))
            return recentSpeaker;
        if (fitting is not null)
            return new Speaker(fitting, null, true);
        // Whoever came last, the person who spoke or the official the article named since.
        if (named is not null && (recentSpeaker is null || namedAt > _lastPersonToken))
            return new Speaker(named, null, true);
        return recentSpeaker ?? LastPerson;
    }

    // The official named at <paramref name="at"/> stands after a verb or a preposition: "informed X", "met with X", "the
    // killing of X".
    private bool InObjectPosition(int at)
    {
        var before = context.MentionAt(at)!.FirstToken - 1;
        // A headline without a full stop ends where the sentence starts: its last words stand before no name.
        var opening = context.SentenceOf(at).FirstToken;
        // "informed Secretary-General X", "Secretary of State X": a title before the name, an "of" inside it.
        // "with US Secretary of State X": a country's abbreviation may open the title.
        for (var title = 0; title < 5 && before >= opening && (context.Tokens[before].Is('-') || context.Tokens[before] is { Kind: TokenKind.Word, Case: TokenCase.Capitalised or TokenCase.AllCaps }
                                                           || context.IsWord(before, "of") && before > 0 && context.Tokens[before - 1].Case == TokenCase.Capitalised); title++)
            before--;
        while (before >= opening && context.IsAnyWord(before, Words.Determiners))
            before--;
        // "met X, Y and Z": a name further down a list stands where the list's first name does.
        if (before > opening && (context.IsWord(before, "and") || context.Tokens[before].Is(','))
            && context.MentionAt(before - 1) is { IsPerson: true } listed && listed.EndToken == before)
            return InObjectPosition(listed.FirstToken);
        return before >= opening && context.Tokens[before] is { Kind: TokenKind.Word, Case: TokenCase.Lower } t
               && (Words.Prepositions.Contains(t, context.Gazetteer.Words) || t.Key.EndsWith("ed", StringComparison.Ordinal) || t.Key is "met" or "told" or "sent" or "of");
    }

    /// <summary>
    /// The speaker a definite description at token <paramref name="at"/> most likely points back to ("the
    /// ex-parliamentarian", "the collective"): the last person, or the last body, who spoke in the two sentences before.
    /// </summary>
    public Speaker? Recent(bool person, int at)
    {
        var sentence = context.SentenceOfToken[at];
        if (person)
            return LastPerson is not null && _lastPersonToken >= 0 && context.SentenceOfToken[_lastPersonToken] >= sentence - 2 ? LastPerson : null;
        return LastActor is not null && Last == LastActor && _lastSpeakerToken >= 0 && context.SentenceOfToken[_lastSpeakerToken] >= sentence - 2
            ? LastActor
            : null;
    }

    // "On Wednesday, the DHQ gave its own account. In a statement …, it said": "it" and "they" stand for the actor
    // that is the subject of the previous sentence, when that sentence made no claim (else the last speaker goes on).
    private Speaker? SubjectBefore(int pronoun)
    {
        var sentence = context.SentenceOfToken[pronoun];
        if (sentence == 0)
            return null;
        var s = context.Sentences[sentence - 1];
        return _lastSpeakerToken < s.FirstToken && SubjectOf(s.FirstToken, s.EndToken) is { } subject
            ? new Speaker(subject.Entity, null, false)
            : null;
    }

    // The first actor of a clause outside a prepositional phrase and an opening adverbial ("On Wednesday, …").
    private Mention? SubjectOf(int first, int end)
    {
        var i = first;
        if (context.Tokens[first].IsWordLike && Words.Prepositions.Contains(context.Tokens[first], context.Gazetteer.Words))
        {
            while (i < end && !context.Tokens[i].Is(','))
                i++;
        }
        for (; i < end; i++)
        {
            if (context.MentionAt(i) is not { } m)
            {
                if (context.Tokens[i].IsWordLike && (Words.ClauseOpeners.Contains(context.Tokens[i], context.Gazetteer.Words) || context.HasCue(i, Gazetteers.CueKind.Speech)))
                    return null;
                continue;
            }
            i = m.EndToken - 1;
            if (m.Entity is not { IsActor: true } e || e.Kind == EntityKind.Official || m.Form is MentionForm.Unnamed or MentionForm.Demonym)
                continue;
            var before = m.FirstToken - 1;
            while (before >= first && context.IsAnyWord(before, Words.Determiners))
                before--;
            if (before >= first && context.IsAnyWord(before, Words.Prepositions))
                continue;
            return m;
        }
        return null;
    }

    private bool[]? _quoted;

    // Whether token i stands inside quotation marks: a mark opens or closes a quote, a paragraph ends one (a quote that
    // runs on opens again in the next paragraph).
    private bool Quoted(int i)
    {
        if (_quoted is null)
        {
            _quoted = new bool[context.Tokens.Count];
            var open = false;
            for (var k = 0; k < context.Tokens.Count; k++)
            {
                var t = context.Tokens[k];
                if (k > 0 && LineBreakBetween(context.Body, context.Tokens[k - 1].End, t.Start))
                    open = false;
                if (t.Is('"'))
                    open = !open;
                else
                    _quoted[k] = open;
            }
        }
        return _quoted[i];
    }

    // The gap between two tokens is a space or two: read in place, it costs less than a search set up for each token.
    private static bool LineBreakBetween(string body, int from, int to)
    {
        for (var c = from; c < to; c++)
        {
            if (body[c] == '\n')
                return true;
        }
        return false;
    }

    // "The Russian army sent advisers. The army said …" in an article set in Syria: "the army" is the home country's
    // force the anaphora stage read there, not a foreign one whose name merely holds the word.
    private Speaker HomeForceMeant(int first, Speaker body)
    {
        if (context.MentionAt(first) is { Form: MentionForm.Anaphor, Entity: { } meant } && meant != body.Entity && StateForces.IsForce(meant)
            && body.Entity is { } named && StateForces.IsForce(named) && context.HomeCountry() is { } home
            && StateForces.CountryOf(meant) == home && StateForces.CountryOf(named) != home)
            return new Speaker(meant, null, false);
        return body;
    }

    // How far after a group's statement (in tokens) "the group" still means the group that spoke.
    private const int GroupStatementReach = 80;

    // "ISKP said it had targeted 'Taliban militia members'. The group gave a higher toll": "the group" after a group's
    // statement that named another group is the group that spoke, not the one it spoke of.
    private Speaker? GroupSpeakingOn(EntityDraft described, int first)
    {
        if (Last is not { Entity: { Kind: EntityKind.Group } speaking } last || speaking == described || _lastSpeakerToken < 0
            || first - _lastSpeakerToken > GroupStatementReach)
            return null;
        for (var i = first - 1; i >= _lastSpeakerToken; i--)
        {
            if (context.MentionAt(i) is { Form: not MentionForm.Anaphor } m && m.Entity == described)
                return last;
        }
        return null;
    }

    /// <summary>The speaker named in tokens [first, end); a person wins over an organisation beside them.</summary>
    public Speaker? Find(int first, int end)
    {
        Speaker? person = null;
        Speaker? named = null;
        Speaker? other = null;
        Speaker? possessor = null;
        Speaker? collective = null;
        if (context.IsWord(first, "the") && end - first <= 6 && BodyNamedLike(first, end) is { } body)
            return HomeForceMeant(first, body);
        for (var i = first; i < end; i++)
        {
            // "The rebels, who have fought the army for years, said": a body inside the relative clause does not speak.
            // "The group, which is linked to al-Qaeda, claimed": nor one inside a "which" clause.
            if (i > first && context.Tokens[i].Is(',') && (context.IsWord(i + 1, "who") || context.IsWord(i + 1, "whose") || context.IsWord(i + 1, "which"))
                && ClauseClose(i + 1, end) is var close and > 0)
            {
                i = close;
                continue;
            }
            // "An article of X, published after the communique, said": a participle clause that names no one only tells
            // when or how the subject appeared; a document inside it is not the one speaking.
            if (i > first && context.Tokens[i].Is(',') && ParticipleAside(i + 1, end) is var asideClose and > 0)
            {
                i = asideClose;
                continue;
            }
            // "the al-Qaeda-linked militants said", "an Iran-backed militia said": the body in the compound does not speak.
            if (context.MentionAt(i) is { } compound && compound.FirstToken >= first && compound.EndToken + 1 < end && context.Tokens[compound.EndToken].Is('-')
                && context.IsAnyWord(compound.EndToken + 1, Ties))
            {
                i = compound.EndToken;
                continue;
            }
            // "a witness told Reuters": whom the speaker told is no speaker.
            if (context.MentionAt(i) is { } told && told.FirstToken >= first && Addressed(told.FirstToken))
            {
                i = told.EndToken - 1;
                continue;
            }
            if (context.MentionAt(i) is { } m && m.FirstToken >= first)
            {
                if (m.Form == MentionForm.Anaphor && m.Entity is { Kind: EntityKind.Group } group && GroupSpeakingOn(group, first) is { } continued)
                {
                    other ??= continued;
                    i = m.EndToken - 1;
                    continue;
                }
                if (m.Entity?.Kind == EntityKind.Official)
                {
                    if (!LeaderInApposition(m.FirstToken, first) && !OwnsBodyAfter(m, end))
                        named ??= new Speaker(m.Entity, null, true);
                }
                else if ((m.Entity is { IsActor: true } && m.Form != MentionForm.Demonym || m.Entity?.Kind == EntityKind.Country) && !PlacesDescribed(m, first))
                {
                    // "Iraq's Shafaq News agency", "Afghanistan's Taliban government": the possessor only qualifies.
                    // "the Afghan outlet X", "the Vatican news agency X": a demonym or country before a description of a named body too.
                    // "the U.S. Drug Enforcement Administration": a country right before a body's name only qualifies it.
                    if (m.EndToken + 1 < end && context.Tokens[m.EndToken].Is('\'') && context.IsWord(m.EndToken + 1, "s")
                        || m.Entity.Kind == EntityKind.Country && BodyNamedAt(m.EndToken < end && context.Tokens[m.EndToken].Is('.') ? m.EndToken + 1 : m.EndToken)
                        || (m.Form == MentionForm.Demonym || m.Entity.Kind == EntityKind.Country && context.IsWord(m.FirstToken - 1, "the"))
                        && NamedAfterDescription(m.EndToken, end))
                        possessor ??= new Speaker(m.Entity, null, false);
                    else
                        other ??= new Speaker(m.Entity, null, false);
                }
                i = m.EndToken - 1;
                continue;
            }
            var t = context.Tokens[i];
            if (!t.IsWordLike)
                continue;
            if (collective is null && Collectives.Contains(t, context.Gazetteer.Words) && Collective(i, first, end) is { } described)
            {
                collective = described;
                continue;
            }
            // "a resident told Reuters", "one witness said": a single bystander speaks for no body.
            if (person is null && Bystanders.Contains(t, context.Gazetteer.Words) && Bystander(i, first) is { } bystander)
            {
                person = bystander;
                continue;
            }
            // "the semi-official Tasnim news agency": a speaker noun joined by a hyphen before a name qualifies the name.
            if (Words.UnnamedSpeakers.Contains(t, context.Gazetteer.Words) && i > first && context.Tokens[i - 1].Is('-') && i + 1 < end && context.Tokens[i + 1].IsCapitalised)
                continue;
            if (Words.UnnamedSpeakers.Contains(t, context.Gazetteer.Words) && Unnamed(i, first, end) is { } unnamed)
            {
                // "the minister said": the official named before whose title fits wins over the bare description.
                // "…, his spokesman said": the person the spokesman speaks for, read at "his", stays.
                var speaksFor = person?.Entity is not null && unnamed.Entity is null && (context.IsWord(i - 1, "his") || context.IsWord(i - 1, "her"));
                // "An official gave the commander's name as X and said": a possessor inside the object is no new subject.
                var possessive = person is not null && i + 2 < end && context.Tokens[i + 1].Is('\'') && context.IsWord(i + 2, "s");
                if (speaksFor || possessive)
                    continue;
                // "X, the spokesman of the ministry, said": the definite description is the person named before.
                if (unnamed.IsPerson && !(person?.Entity is { } fits && (unnamed.Entity is null || context.IsWord(i - 1, "the")) && fits.HoldsOffice(t.Key)))
                    person = unnamed;
                else if (!unnamed.IsPerson)
                    other = unnamed;
                continue;
            }
            // "According to him,", "X quoted him as saying": an object pronoun that is the whole source is the person too.
            if (Words.PersonPronouns.Contains(t, context.Gazetteer.Words) || t.Key is "him" or "her" && (i + 1 == end || context.IsWord(i + 1, "as") && i + 2 == end) || t.Key is "his" or "her" && i + 1 < end && context.Tokens[i + 1].IsWordLike
                && Following.Contains(context.Tokens[i + 1], context.Gazetteer.Words))
                person ??= PersonBefore(i, null);
            // "X counted 97 attacks, which it said had left 87 dead": in a relative clause, the sentence's own subject.
            else if (t.Key is "they" or "it" && (context.IsWord(i - 1, "which") || context.IsWord(i - 1, "that"))
                     && SubjectOf(context.SentenceOf(i).FirstToken, i - 1) is { Entity: { } own })
                other ??= new Speaker(own, null, false);
            else if (t.Key is "they" or "it" && (SubjectBefore(i) ?? (t.Key == "it" ? LastActor ?? LastPerson : LastActor ?? LastPerson)) is { } actor)
                other ??= actor;
            else if (t.Key == "the" && i + 1 < end && context.Tokens[i + 1].IsWordLike
                     && Words.PersonNouns.Contains(context.Tokens[i + 1], context.Gazetteer.Words))
                person ??= PersonBefore(i, context.Tokens[i + 1].Key);
            // "the prime minister's office said": the office speaks for the holder of the title.
            else if (t.Key == "the" && TitleOfOffice(i + 1, end) is ({ } held, var office))
            {
                person ??= OfficeHolder(i, held);
                i = office;
            }
            // "the IGP said": a title's abbreviation points back to the official who holds it.
            else if (t.Key == "the" && i + 1 < end && context.Tokens[i + 1].Case == Tokens.TokenCase.AllCaps
                     && context.Gazetteer.Titles.Match(context.Tokens, i + 1, end) is { End: var titleEnd, Values: [var title, ..] } && titleEnd == i + 2)
                person ??= PersonBefore(i, title.Name);
            // "the prime minister wrote", "the Head of Government said": a title of several words that is the whole subject.
            else if (t.Key == "the" && i + 2 < end && context.Gazetteer.Titles.Match(context.Tokens, i + 1, end) is { End: var longEnd, Values: [var longTitle, ..] }
                     && longEnd == end && longEnd > i + 2)
                person ??= PersonBefore(i, longTitle.Name);
        }
        // A named official wins over a description of them ("Kabir Adamu, an analyst"), a person over a body.
        // "Zambia's foreign ministry said": a body known only by a description speaks as its named owner.
        if (other?.Entity is { } owned && possessor is not null && !owned.Name.Any(char.IsUpper))
            other = possessor;
        return named ?? person ?? other ?? possessor ?? collective ?? AcronymBefore(first, end) ?? OutletBefore(first, end) ?? LoneSurname(first, end);
    }

    /// <summary>People quoted for what they saw, one at a time: "a resident", "one witness".</summary>
    private static readonly WordSet Bystanders =
    [
        "resident", "witness", "eyewitness", "survivor", "villager", "doctor", "nurse", "medic", "paramedic", "teacher", "farmer",
        "trader", "shopkeeper", "man", "woman", "herder", "fisherman", "student", "worker", "driver", "pastor", "priest", "imam",
        "refugee", "passenger", "victim", "neighbour", "neighbor", "relative", "volunteer", "businessman", "businesswoman",
        "vendor", "mechanic", "soldier", "fighter", "mother", "father", "widow",
    ];

    private static readonly WordSet SingleArticles = ["a", "an", "one", "another"];

    // "a resident", "one local trader": the whole subject is an article, modifiers and the bystander noun.
    private Speaker? Bystander(int noun, int first)
    {
        var start = noun - 1;
        while (start > first && context.Tokens[start] is { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } && context.MentionAt(start) is null
               && !context.IsAnyWord(start, SingleArticles))
            start--;
        return start >= first && context.IsAnyWord(start, SingleArticles) && start - first <= 1 ? new Speaker(null, context.Text(start, noun + 1), true) : null;
    }

    private bool Addressed(int mention)
    {
        var before = context.IsWord(mention - 1, "the") ? mention - 2 : mention - 1;
        return context.IsWord(before, "told") || context.IsWord(before, "tells");
    }

    // "Police in Uganda said": a country after "in" only says whose police speak ("officials in Kenya" speak for Kenya).
    private bool PlacesDescribed(Mention m, int first) =>
        m.Entity?.Kind == EntityKind.Country && context.IsWord(m.FirstToken - 1, "in") && m.FirstToken - 2 >= first && context.IsWord(m.FirstToken - 2, "police");

    // '"It is a tragedy," Hichilema told a rally': a single capitalised word that is all the subject names a person
    // the gazetteer does not list, known by the surname.
    private Speaker? LoneSurname(int first, int end)
    {
        while (first < end && !context.Tokens[first].IsWordLike)
            first++;
        if (end - first != 1 || context.Tokens[first] is not { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Capitalised } t
            || context.MentionAt(first) is not null || Words.NotNames.Contains(t, context.Gazetteer.Words) || Words.InstitutionWords.Contains(t, context.Gazetteer.Words)
            || context.Gazetteer.Titles.StartsWith(t) || t.Length < 3 || context.Gazetteer.Names.Match(context.Tokens, first, end) is not null
            || first > 0 && (context.IsWord(first - 1, "the") || context.Tokens[first - 1] is { IsWordLike: true, IsCapitalised: true }))
            return null;
        var word = context.Text(first, end);
        // "BenarNews", "Videos" (a common noun the article also writes in lower case): no surname.
        if (word.Skip(1).Any(char.IsUpper) || context.Body.Contains(" " + word.ToLowerInvariant() + " ", StringComparison.Ordinal))
            return null;
        // "Sahel Explained is published", "Videos posted online showed": a heading's capitals or a plural noun opening a sentence.
        if (end < context.Tokens.Count && context.Tokens[end].IsCapitalised || context.SentenceOf(first).FirstToken == first && word.EndsWith('s'))
            return null;
        // "Abiy" after "Abiy Ahmed", "Getachew" after "Getachew Reda": the person named in full before.
        var person = context.Entities.All.FirstOrDefault(e => e.Kind == EntityKind.Official && e.Named && $" {e.Name} ".Contains($" {word} ", StringComparison.Ordinal))
                     ?? context.Entities.Named(EntityKind.Official, word);
        context.Add(new Mention(first, end, person, MentionForm.Name));
        return new Speaker(person, null, true);
    }

    // Whether a body's name (an organisation or group, not a person or place) starts at token i.
    private bool BodyNamedAt(int i) =>
        context.MentionAt(i) is { Form: MentionForm.Name, Entity.Kind: EntityKind.Organisation or EntityKind.Group } body && body.FirstToken == i;

    // Up to three lower-case nouns, then a named body (not a country: "strikes on Iran"), in [from, end).
    private bool NamedAfterDescription(int from, int end)
    {
        for (var i = from; i < end && i <= from + 3; i++)
        {
            if (context.MentionAt(i) is { Entity: { IsActor: true, Kind: not EntityKind.Country }, Form: MentionForm.Name })
                return i > from;
            if (context.Tokens[i] is not { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } || context.IsAnyWord(i, Words.Prepositions))
                return false;
        }
        return false;
    }

    private static readonly WordSet Ties =
    [
        "linked", "backed", "led", "dominated", "allied", "aligned", "supported", "sponsored", "funded", "run", "controlled",
        // "the Somalia-based group": where a group is based says nothing of who speaks.
        "based",
    ];

    // The comma that closes a relative clause opened before <paramref name="from"/>, when the subject's verb follows it.
    // The closing comma of ", published after the communique," opening at <paramref name="from"/> and running to the end,
    // when a participle opens it and no mention stands in it; otherwise -1.
    private int ParticipleAside(int from, int end)
    {
        // A comma that ends the text or the span opens no aside.
        if (from >= end || from >= context.Tokens.Count || context.Tokens[from] is not { Kind: Tokens.TokenKind.Word, Case: Tokens.TokenCase.Lower } participle
            || !participle.Key.EndsWith("ed", StringComparison.Ordinal) && !IrregularParticiples.Contains(participle, context.Gazetteer.Words)
            || ClauseClose(from, end) is not (var close and > 0))
            return -1;
        for (var j = from; j < close; j++)
        {
            if (context.MentionAt(j) is not null)
                return -1;
        }
        return close;
    }

    private static readonly WordSet IrregularParticiples = ["written", "seen", "broadcast", "shown", "made", "sent", "put", "read"];

    private int ClauseClose(int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (context.Tokens[j].Is(','))
                return j == end - 1 ? j : -1;
        }
        return -1;
    }

    // "Kiir's party said": the official owns the body that speaks.
    private bool OwnsBodyAfter(Mention official, int end) =>
        official.EndToken + 2 < end && context.Tokens[official.EndToken].Is('\'') && context.IsWord(official.EndToken + 1, "s")
        && context.MentionAt(official.EndToken + 2) is { Entity: { IsActor: true, Kind: not EntityKind.Official } };

    // "The junta, led by Senior General X, answered": the leader in an apposition does not speak for the body.
    private bool LeaderInApposition(int name, int first)
    {
        var i = name - 1;
        while (i > first && i >= name - 4 && context.Tokens[i].IsCapitalised && context.MentionAt(i) is null)
            i--;
        return context.IsWord(i, "by") && (context.IsWord(i - 1, "led") || context.IsWord(i - 1, "headed") || context.IsWord(i - 1, "commanded"))
               && i - 2 > first && context.Tokens[i - 2].Is(',') && context.MentionAt(i - 3) is { Entity: { IsActor: true, Kind: not EntityKind.Official } };
    }

    // "ORTM reported", "SONNA said": an unlisted acronym as the subject of a verb of saying is a body.
    private Speaker? AcronymBefore(int first, int end)
    {
        for (var i = end - 1; i >= first && i >= end - 4; i--)
        {
            var t = context.Tokens[i];
            if (t.Kind != Tokens.TokenKind.Word || t.Case != Tokens.TokenCase.AllCaps || t.Length < 3 || t.Length > 6
                || context.MentionAt(i) is not null || context.Gazetteer.Titles.Match(context.Tokens, i, i + 1) is not null
                || context.IsHeadingInCapitals(i))
                continue;
            var draft = context.Entities.Named(EntityKind.Organisation, context.Text(i, i + 1));
            if (i > 0 && context.Tokens[i - 1].Key is "broadcaster" or "agency" or "outlet" or "television" or "radio" or "newspaper" or "channel")
                draft.Category ??= "news outlet";
            context.Add(new Mention(i, i + 1, draft, MentionForm.Name));
            return new Speaker(draft, null, false);
        }
        return null;
    }

    // "A NATO official", "a senior U.S. military official", "NATO statistics", "Afghan officials".
    private Speaker? Unnamed(int noun, int first, int end)
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
            // "the army's spokesman": a possessive joins the modifier to the speaker noun.
            var possessive = t.Key == "s" && i > first && context.Tokens[i - 1].Is('\'') && context.IsAnyWord(i - 2, Words.SpeakerModifiers)
                             || t.Is('\'') && context.IsWord(i + 1, "s") && context.IsAnyWord(i - 1, Words.SpeakerModifiers)
                             // "Zambia's defence minister": a possessive actor is the body the official speaks for.
                             || t.Key == "s" && i - 2 >= first && context.Tokens[i - 1].Is('\'') && context.MentionAt(i - 2) is { Entity: { IsActor: true } }
                             || t.Is('\'') && context.IsWord(i + 1, "s") && context.MentionAt(i - 1) is { Entity: { IsActor: true } };
            if (t.IsWordLike && Words.SpeakerModifiers.Contains(t, context.Gazetteer.Words) || t.Is('-') || t.Is('.') || possessive)
            {
                start = i;
                continue;
            }
            break;
        }
        // "A district emergency officer told reporters": an indefinite description reaches back to its article over
        // words the modifier list does not hold.
        if (body is null)
        {
            var j = start - 1;
            while (j >= first && j >= noun - 4 && context.Tokens[j].Kind == Tokens.TokenKind.Word && context.Tokens[j].Case == Tokens.TokenCase.Lower
                   && context.MentionAt(j) is null && !context.IsAnyWord(j, Words.Determiners))
                j--;
            if (j >= first && j < start - 1 && context.Tokens[j].Key is "a" or "an")
                start = j;
        }
        var nounKey = context.Tokens[noun].Key;
        // "the statement added", "according to the same document": the text of the last speaker.
        if (Documents.Contains(nounKey))
            return body is not null ? new Speaker(body, null, false) : context.IsWord(start, "the") ? Last : null;
        if (body is null && start == noun)
            return null;
        while (start < noun && !context.Tokens[start].IsWordLike)
            start++;
        var description = context.Text(start, noun + 1);
        // "the officers", "another officer": the unnamed people who spoke before; "military officers": the
        // armed forces of the country the article names.
        if (body is null && context.Tokens[start].Key is "the" or "another" or "one" or "a" && LastPerson is { Description: not null } previous)
            body = previous.Entity;
        body ??= BodyAfter(noun + 1, end) ?? OwnerOfPossessive(start) ?? ServiceOf(start, noun);
        // "officials in Nineveh governorate", "an official at the Kisumu governor's office": with no body to speak for,
        // the place the description names stays in it.
        if (body is null && PlaceQualifierEnd(noun + 1, end) is var qualified and > 0)
            description = context.Text(start, qualified);
        // "Mozambique's army commander": an officer of a country speaks for its land force, when the article names it.
        if (body is { Kind: EntityKind.Country } state && MilitaryWords(start, noun) && StateForces.NamedForceOf(context, state.IsoCode) is { } force)
            body = force;
        return new Speaker(body, description, true);
    }

    // "Uganda closed the border. Its officials said …": the body "its" or "their" stands for, the previous sentence's
    // subject or else the last body that spoke; "The LRA attacked a base, its spokesman said": the subject of the
    // statement the attribution closes.
    private EntityDraft? OwnerOfPossessive(int start)
    {
        if (!context.IsWord(start, "its") && !context.IsWord(start, "their"))
            return null;
        var sentence = context.SentenceOf(start);
        if (start > sentence.FirstToken && context.Tokens[start - 1].Is(',') && SubjectOf(sentence.FirstToken, start) is { Entity: { } subject })
            return subject;
        return (SubjectBefore(start) ?? LastActor)?.Entity;
    }

    private EntityDraft? ServiceOf(int start, int noun)
    {
        // "police sources", "a senior police officer": the police force the article names, not whichever state force
        // it names most; with none named, the description alone.
        if (context.AnyWordIn(start, noun, PoliceWords))
            return NamedPolice(noun);
        return MilitaryWords(start, noun) ? StateForces.MostNamed(context).FirstOrDefault() : null;
    }

    private static readonly WordSet PoliceWords = ["police"];

    private static readonly WordSet ForceWords = ["military", "army", "security", "police", "defence", "defense"];

    // "a security official", "the army commander": a description of someone in a state's forces.
    private bool MilitaryWords(int start, int noun) => context.AnyWordIn(start, noun + 1, ForceWords);
}

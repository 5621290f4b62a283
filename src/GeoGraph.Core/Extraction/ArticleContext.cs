using System.Runtime.InteropServices;
using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction;

/// <summary>Everything the stages of one extraction share: the body, its tokens and sentences, and the mentions found.</summary>
internal sealed class ArticleContext
{
    private Mention?[] _mentionAt;

    public ArticleContext(string body, Gazetteer gazetteer)
    {
        Body = body;
        Gazetteer = gazetteer;
        Tokens = Tokenizer.Tokenize(body, gazetteer.Words);
        Sentences = SentenceSplitter.Split(body, Tokens);
        Entities = new ArticleEntities(gazetteer);
        _mentionAt = new Mention?[Tokens.Count];
        SentenceOfToken = new int[Tokens.Count];
        foreach (var s in Sentences)
        {
            for (var i = s.FirstToken; i < s.EndToken; i++)
                SentenceOfToken[i] = s.Index;
        }
    }

    public string Body { get; }

    // Every cue phrase starting at each token (shortest first), and the kinds among them as bits; found once.
    private TrieMatch<Cue>[]?[]? _allCues;
    private int[]? _cueKinds;

    /// <summary>The longest cue phrase starting at token <paramref name="i"/>, if any.</summary>
    public TrieMatch<Cue>? CueAt(int i)
    {
        var all = _allCues ?? AllCues();
        return i >= 0 && i < all.Length && all[i] is { } found ? found[^1] : null;
    }

    /// <summary>The cues of the phrase starting at token <paramref name="i"/>; none inside a name ("United States").</summary>
    public IReadOnlyList<Cue> Cues(int i) => MentionAt(i) is null || MentionAt(i)!.Form == MentionForm.Unnamed ? CueAt(i)?.Values ?? [] : [];

    /// <summary>Whether a cue of <paramref name="kind"/> starts at token <paramref name="i"/> (outside names).</summary>
    public bool HasCue(int i, CueKind kind) => HasCueOf(i, 1 << (int)kind);

    /// <summary>Whether a cue of <paramref name="kind"/> or of <paramref name="other"/> starts at token <paramref name="i"/> (outside names).</summary>
    public bool HasCue(int i, CueKind kind, CueKind other) => HasCueOf(i, 1 << (int)kind | 1 << (int)other);

    // Whether a cue of any kind whose bit <paramref name="kindBits"/> holds starts at token i, outside names.
    private bool HasCueOf(int i, int kindBits)
    {
        // Asked of most tokens by several stages: the kinds found are read without a call once they are there.
        var kinds = _cueKinds ?? CueKindsFound();
        return i >= 0 && i < kinds.Length && (kinds[i] & kindBits) != 0
               && (MentionAt(i) is null || MentionAt(i)!.Form == MentionForm.Unnamed);
    }

    private int[] CueKindsFound()
    {
        AllCues();
        return _cueKinds!;
    }

    /// <summary>The longest cue phrase of <paramref name="kind"/> starting at token <paramref name="i"/>, if any.</summary>
    public TrieMatch<Cue>? CueAt(int i, CueKind kind)
    {
        var cues = _allCues ?? AllCues();
        // The kinds found at the token say first whether any phrase there is of this kind.
        if (i < 0 || i >= cues.Length || cues[i] is not { } all || (_cueKinds![i] & (1 << (int)kind)) == 0)
            return null;
        for (var k = all.Length - 1; k >= 0; k--)
        {
            var values = all[k].Values;
            for (var v = 0; v < values.Count; v++)
            {
                if (values[v].Kind == kind)
                    return all[k];
            }
        }
        return null;
    }

    private TrieMatch<Cue>[]?[] AllCues()
    {
        if (_allCues is not null)
            return _allCues;
        var allCues = new TrieMatch<Cue>[]?[Tokens.Count];
        _cueKinds = new int[Tokens.Count];
        // One list gathers the phrases at each token; only a token where some phrase starts keeps them, as an array.
        var all = new List<TrieMatch<Cue>>();
        foreach (var s in Sentences)
        {
            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                // Phrases and launches both start with a word.
                if (!Tokens[i].IsWordLike)
                    continue;
                var launch = LaunchVerbs.Contains(Tokens[i], Gazetteer.Words) ? WeaponsLaunched(i, s.EndToken) : null;
                var listed = Gazetteer.Cues.StartsWith(Tokens[i]);
                if (!listed && launch is null)
                    continue;
                all.Clear();
                if (listed)
                    Gazetteer.Cues.MatchAll(Tokens, i, s.EndToken, all, passAdverbs: true);
                if (launch is not null && (all.Count == 0 || all[^1].End < launch.End))
                    all.Add(launch);
                if (all.Count == 0)
                    continue;
                allCues[i] = [.. all];
                foreach (var match in all)
                {
                    var values = match.Values;
                    for (var v = 0; v < values.Count; v++)
                        _cueKinds[i] |= 1 << (int)values[v].Kind;
                }
            }
        }
        return _allCues = allCues;
    }

    private static readonly Cue LaunchCue = new(CueKind.Relation, "launched … at", Model.RelationType.Attacks);

    private static readonly WordSet LaunchVerbs = ["launched", "launches", "launching", "fired", "fires", "firing", "lobbed", "hurled"];

    /// <summary>Weapons launched or fired at a target: "missiles", "drones", "a barrage".</summary>
    internal static readonly WordSet Weapons =
    [
        "missile", "missiles", "rocket", "rockets", "drone", "drones", "shell", "shells", "mortar", "mortars", "rounds",
        "projectiles", "bombs", "grenades", "artillery", "barrage", "barrages", "salvo", "salvos", "volley", "munitions",
    ];

    /// <summary>The words that lead from a launch to its target: "at", "into", "towards".</summary>
    internal static readonly WordSet Towards = ["at", "on", "into", "against", "toward", "towards"];

    // "launched 40 missiles at", "fired a barrage of rockets into": a launch with its count and kind of weapon
    // between verb and target, which no listed phrase can spell out; it reads as an attack on the target.
    private TrieMatch<Cue>? WeaponsLaunched(int verb, int end)
    {
        if (!Tokens[verb].IsWordLike || !LaunchVerbs.Contains(Tokens[verb], Gazetteer.Words))
            return null;
        var weapon = false;
        for (var i = verb + 1; i < end && i <= verb + 9; i++)
        {
            var t = Tokens[i];
            if (!t.IsWordLike && t.Kind != TokenKind.Number && !t.Is('-'))
                return null;
            if (t.IsWordLike && Weapons.Contains(t, Gazetteer.Words))
                weapon = true;
            else if (weapon && t.IsWordLike && Towards.Contains(t, Gazetteer.Words))
                return new TrieMatch<Cue>(verb, i + 1, [LaunchCue]);
        }
        return null;
    }

    public Gazetteer Gazetteer { get; }

    public List<Token> Tokens { get; }

    public List<Sentence> Sentences { get; }

    private (int Start, int End)? _datelineCredit;
    private bool _datelineCreditRead;

    /// <summary>The tokens inside the dateline's bracketed credit ("KYIV (AP) —"), read once per article; null if none.</summary>
    public (int Start, int End)? DatelineCreditSpan
    {
        get
        {
            if (!_datelineCreditRead)
            {
                _datelineCredit = DatelineCredit.Span(Tokens);
                _datelineCreditRead = true;
            }
            return _datelineCredit;
        }
    }

    public int[] SentenceOfToken { get; }

    public ArticleEntities Entities { get; }

    /// <summary>
    /// Attacks the claims read so far assert, with the first token of each claim: what "the attack" or "this" of a later
    /// claim that labels an act refers to.
    /// </summary>
    public List<(int Token, EntityDraft Attacker, EntityDraft Target)> AssertedAttacks { get; } = [];

    private List<Mention>? _mentions;

    /// <summary>The mentions found so far, in body order.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions ??= CollectMentions();

    private List<Mention> CollectMentions()
    {
        var list = new List<Mention>();
        Mention? last = null;
        foreach (var m in _mentionAt)
        {
            if (m is not null && !ReferenceEquals(m, last))
                list.Add(m);
            last = m ?? last;
        }
        return list;
    }

    /// <summary>The mention covering token <paramref name="i"/>, if any.</summary>
    public Mention? MentionAt(int i) => i >= 0 && i < _mentionAt.Length ? _mentionAt[i] : null;

    /// <summary>Whether any token in [first, end) is covered by a mention.</summary>
    public bool Covered(int first, int end)
    {
        for (var i = Math.Max(0, first); i < end && i < _mentionAt.Length; i++)
        {
            if (_mentionAt[i] is not null)
                return true;
        }
        return false;
    }

    /// <summary>Whether token <paramref name="i"/> sits in a heading set in capitals ("WHAT OFFICIALS SAID"), where no word is an acronym.</summary>
    public bool IsHeadingInCapitals(int i)
    {
        var s = SentenceOf(i);
        var words = 0;
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word)
                continue;
            if (Tokens[k].Case != TokenCase.AllCaps)
                return false;
            words++;
        }
        return words >= 3;
    }

    /// <summary>
    /// Marks <paramref name="entity"/> as not named once no mention of it is left: its name was read into a longer one
    /// ("the Sudan Doctors Network", "FARC dissidents").
    /// </summary>
    public void UnnameIfUnmentioned(EntityDraft? entity)
    {
        if (entity is not null && !Mentions.Any(m => m.Entity == entity))
            entity.Named = false;
    }

    /// <summary>Moves every mention of <paramref name="from"/> to <paramref name="to"/>: one entity read as another.</summary>
    public void MoveMentions(EntityDraft from, EntityDraft to)
    {
        foreach (var m in Mentions.Where(m => m.Entity == from).ToList())
            Add(m with { Entity = to });
    }

    /// <summary>Records <paramref name="mention"/>, replacing the mentions it overlaps.</summary>
    public void Add(Mention mention)
    {
        _mentions = null;
        _homeCountryRead &= !VotesForHome(mention);
        for (var k = mention.FirstToken; k < mention.EndToken; k++)
        {
            if (_mentionAt[k] is not { } old)
                continue;
            _homeCountryRead &= !VotesForHome(old);
            for (var i = old.FirstToken; i < old.EndToken; i++)
                _mentionAt[i] = null;
        }
        for (var i = mention.FirstToken; i < mention.EndToken; i++)
            _mentionAt[i] = mention;
        if (mention.Entity is { } e && mention.Form is MentionForm.Name or MentionForm.Demonym)
            e.Named = true;
    }

    /// <summary>Removes <paramref name="mention"/>.</summary>
    public void Remove(Mention mention)
    {
        _mentions = null;
        _homeCountryRead &= !VotesForHome(mention);
        for (var i = mention.FirstToken; i < mention.EndToken; i++)
        {
            if (ReferenceEquals(_mentionAt[i], mention))
                _mentionAt[i] = null;
        }
    }

    // Only country and province mentions vote for the home country: others leave the count as it was.
    private static bool VotesForHome(Mention mention) => mention.Entity?.Kind is Model.EntityKind.Country or Model.EntityKind.Province;

    /// <summary>
    /// The ISO code of the country the article is set in: the one its countries and provinces name most. Provinces
    /// vote for their country ("Shan State" is in Myanmar); a capital that acts ("relations with Beijing") does not.
    /// </summary>
    public string? HomeCountry()
    {
        // Asked by many stages and rules; counted again only after a country or province mention comes or goes.
        if (!_homeCountryRead)
        {
            _homeCountry = CountHomeCountry();
            _homeCountryRead = true;
        }
        return _homeCountry;
    }

    private string? _homeCountry;
    private bool _homeCountryRead;

    private const int MaxHeadline = 120;

    private string? CountHomeCountry()
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        // "ISLAMABAD: …", "KABUL/ISLAMABAD, Dec 29": the dateline's capital names where the article is written.
        if (DatelineCountry() is { } dateline)
        {
            votes[dateline] = 2;
            order.Add(dateline);
        }
        // "in Bangui", "on the outskirts of Bangui": where the article's capital cities are says where it is set too.
        foreach (var (capitalIso, count) in CapitalVotes())
        {
            if (votes.TryAdd(capitalIso, count))
                order.Add(capitalIso);
            else
                votes[capitalIso] += count;
        }
        // A short first line over the body is its headline.
        var headlineEnd = Body.IndexOf('\n', StringComparison.Ordinal) is var line and >= 0 and < MaxHeadline ? line : 0;
        var headlineCounted = false;
        foreach (var m in Mentions)
        {
            var iso = m.ByCapital || m.StandsIn ? null : m.Entity?.Kind == Model.EntityKind.Country ? m.Entity.IsoCode : m.Entity?.Kind == Model.EntityKind.Province ? m.Entity.Entry?.Country : null;
            if (iso is null)
                continue;
            // "SITUATION BRIEFING — YEMEN", "Kenya: …": the first country of the headline names where the piece is set.
            var weight = Tokens[m.FirstToken].Start < headlineEnd && !headlineCounted ? 3 : 1;
            headlineCounted |= weight > 1;
            if (votes.TryAdd(iso, weight))
                order.Add(iso);
            else
                votes[iso] += weight;
        }
        // Ties go to the country named first.
        string? best = null;
        foreach (var iso in order)
        {
            if (best is null || votes[iso] > votes[best])
                best = iso;
        }
        return best;
    }

    private List<(string Iso, int Count)>? _capitalVotes;

    // Capital cities named anywhere in the body, counted once: the text does not change as mentions are found.
    private List<(string Iso, int Count)> CapitalVotes()
    {
        if (_capitalVotes is not null)
            return _capitalVotes;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!Tokens[i].IsCapitalised || Tokens[i].Kind != TokenKind.Word || Gazetteer.Names.Match(Tokens, i, sentence.EndToken) is not { } match)
                    continue;
                // Only as a place: "in Bangui", "the outskirts of Bangui"; not "talks with Beijing".
                var at = IsWord(i - 1, "the") ? i - 2 : i - 1;
                if ((IsAnyWord(at, Words.Locatives) || IsWord(at, "of") && IsAnyWord(at - 1, Words.Locatives))
                    && NameHits.FirstInRole(match.Values, NameRole.Capital).Entry is { IsoCode: { } iso })
                    counts[iso] = counts.GetValueOrDefault(iso) + 1;
                i = match.End - 1;
            }
        }
        return _capitalVotes = [.. counts.Select(c => (c.Key, c.Value))];
    }

    private string? DatelineCountry()
    {
        foreach (var sentence in Sentences.Take(4))
        {
            var first = sentence.FirstToken;
            if (Tokens[first].Kind != TokenKind.Word || !Tokens[first].IsCapitalised
                || Gazetteer.Names.Match(Tokens, first, sentence.EndToken) is not { } match)
                continue;
            var allCaps = Enumerable.Range(first, match.End - first).All(i => !Tokens[i].IsWordLike || Tokens[i].Case == TokenCase.AllCaps);
            if (!(allCaps || DatedDateline(match.End, sentence.EndToken)) || match.End >= sentence.EndToken
                || !(Tokens[match.End].Is(',') || Tokens[match.End].Is(':') || Tokens[match.End].Is('/')))
                continue;
            if (match.Values.FirstOrDefault(h => h.Role == NameRole.Capital).Entry is { } state)
                return state.IsoCode;
            // "NARATHIWAT:": a province in capitals heading the body is in its country too.
            if (allCaps && match.Values.Select(h => h.Entry).Where(e => e.Kind == Model.EntityKind.Province).Select(e => e.Country).Distinct().ToList() is [{ } country])
                return country;
        }
        return null;
    }

    // "Bamako, 5 August 2024 —", "Lusaka, May 4 (Wire) -": a capital written in title case is a dateline only when a
    // date and a dash follow it.
    private bool DatedDateline(int comma, int end)
    {
        if (comma + 1 >= end || !Tokens[comma].Is(',') || !(Tokens[comma + 1].Kind == TokenKind.Number || IsAnyWord(comma + 1, Words.DateWords)))
            return false;
        for (var i = comma + 2; i < end && i <= comma + 9; i++)
        {
            if (Tokens[i].Is('—') || Tokens[i].Is('–') || Tokens[i].Is('-') && i > 0 && Tokens[i - 1].End < Tokens[i].Start)
                return true;
        }
        return false;
    }

    /// <summary>The body text of tokens [first, end).</summary>
    public string Text(int first, int end) =>
        end <= first ? string.Empty : Body[Tokens[first].Start..Tokens[end - 1].End];

    /// <summary>
    /// Whether sentence <paramref name="index"/> is the headline or a deck line under it: one of the first three lines,
    /// none of them closed by a full stop.
    /// </summary>
    public bool IsHeadline(int index)
    {
        if (index > 2 || index >= Sentences.Count)
            return false;
        for (var i = 0; i <= index; i++)
        {
            if (Tokens[Sentences[i].EndToken - 1].Is('.'))
                return false;
        }
        return true;
    }

    /// <summary>The sentence token <paramref name="i"/> is in.</summary>
    public Sentence SentenceOf(int i) => Sentences[SentenceOfToken[i]];

    // IsWord and IsAnyWord are asked of most tokens by most rules: they read the token in place, not copied out of the list.

    /// <summary>Whether token <paramref name="i"/> is the word <paramref name="key"/> (folded).</summary>
    public bool IsWord(int i, string key)
    {
        var tokens = CollectionsMarshal.AsSpan(Tokens);
        return (uint)i < (uint)tokens.Length && tokens[i].IsWordLike && tokens[i].Key == key;
    }

    /// <summary>Whether token <paramref name="i"/> is one of <paramref name="keys"/> (folded words).</summary>
    public bool IsAnyWord(int i, WordSet keys)
    {
        var tokens = CollectionsMarshal.AsSpan(Tokens);
        return (uint)i < (uint)tokens.Length && tokens[i].IsWordLike && keys.Contains(tokens[i], Gazetteer.Words);
    }

    private WordSetGroup? _groupAsked;
    private (int First, int End, uint Found) _groupFound;

    /// <summary>
    /// Which sets of <paramref name="group"/> occur among tokens [<paramref name="first"/>, <paramref name="end"/>), as the
    /// group's bits. The last answer is kept: the rules of one claim ask it of the same tokens in turn.
    /// </summary>
    public uint SetsFoundIn(WordSetGroup group, int first, int end)
    {
        if (!ReferenceEquals(_groupAsked, group) || _groupFound.First != first || _groupFound.End != end)
        {
            _groupFound = (first, end, group.Found(Tokens, first, end, Gazetteer.Words));
            _groupAsked = group;
        }
        return _groupFound.Found;
    }

    /// <summary>Whether any token in [<paramref name="first"/>, <paramref name="end"/>) is one of <paramref name="keys"/>.</summary>
    public bool AnyWordIn(int first, int end, WordSet keys)
    {
        for (var i = first; i < end; i++)
        {
            if (IsAnyWord(i, keys))
                return true;
        }
        return false;
    }
}

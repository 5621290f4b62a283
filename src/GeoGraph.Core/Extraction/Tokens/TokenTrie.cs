namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>
/// A trie over folded word keys: finds the longest listed phrase that starts at a token, in time
/// proportional to the phrase, whatever the number of phrases. Words may be joined by hyphens, dots
/// or apostrophes ("al-Qaeda", "U.S.", "Hay'at") or by spaces; a comma or any other mark ends a phrase.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class TokenTrie<T>
{
    // Match is called at every token of every article; one scratch list per thread saves an allocation each time.
    [ThreadStatic]
    private static List<int>? t_positions;

    private readonly Node _root = new();

    /// <summary>How many phrases were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="phrase"/>; <paramref name="caseSensitive"/> keeps its capitals as a condition on the text.</summary>
    public void Add(string phrase, T value, bool caseSensitive)
    {
        var tokens = Tokenizer.Tokenize(phrase).Where(t => t.IsWordLike).ToList();
        if (tokens.Count == 0)
            return;
        var node = _root;
        foreach (var token in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(token.Key, out var child))
            {
                child = new Node();
                node.Children.Add(token.Key, child);
            }
            node = child;
        }
        var rules = caseSensitive ? tokens.Select(t => RuleOf(phrase, t)).ToArray() : null;
        node.Values ??= [];
        if (!node.Values.Any(v => EqualityComparer<T>.Default.Equals(v.Value, value) && SameRules(v.Rules, rules)))
        {
            node.Values.Add(new Terminal(value, rules));
            Count++;
        }
    }

    /// <summary>Whether some phrase starts with the word whose key is <paramref name="key"/>.</summary>
    public bool StartsWith(string key) => _root.Children?.ContainsKey(key) == true;

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="end"/>
    /// whose capitals fit the text; <c>null</c> when none does.
    /// </summary>
    public TrieMatch<T>? Match(IReadOnlyList<Token> tokens, int start, int end) => Walk(tokens, start, end, null);

    /// <summary>Every phrase starting at token <paramref name="start"/> (shortest first), or an empty list.</summary>
    public List<TrieMatch<T>> MatchAll(IReadOnlyList<Token> tokens, int start, int end)
    {
        var all = new List<TrieMatch<T>>();
        Walk(tokens, start, end, all);
        return all;
    }

    private TrieMatch<T>? Walk(IReadOnlyList<Token> tokens, int start, int end, List<TrieMatch<T>>? all)
    {
        if (start >= end || !tokens[start].IsWordLike || _root.Children is null
            || !_root.Children.ContainsKey(tokens[start].Key))
            return null;
        var node = _root;
        var positions = t_positions ??= new List<int>(8);
        positions.Clear();
        TrieMatch<T>? best = null;
        var i = start;
        while (i < end && node.Children is not null && node.Children.TryGetValue(tokens[i].Key, out var child))
        {
            node = child;
            positions.Add(i);
            if (node.Values is not null)
            {
                List<T>? fits = null;
                foreach (var v in node.Values)
                {
                    if (Fits(v.Rules, tokens, positions))
                        (fits ??= []).Add(v.Value);
                }
                if (fits is not null)
                {
                    best = new TrieMatch<T>(start, i + 1, fits);
                    all?.Add(best);
                }
            }
            i = NextWord(tokens, i, end);
        }
        return best;
    }

    /// <summary>The index of the word after <paramref name="i"/> when only joiners lie between; else <paramref name="end"/>.</summary>
    public static int NextWord(IReadOnlyList<Token> tokens, int i, int end)
    {
        var j = i + 1;
        var joiners = 0;
        while (j < end && tokens[j].Kind == TokenKind.Punctuation)
        {
            if (!IsJoiner(tokens[j]) || ++joiners > 2)
                return end;
            j++;
        }
        return j;
    }

    private static bool IsJoiner(Token t) => t.Is('-') || t.Is('.') || t.Is('\'');

    private static TokenCase RuleOf(string phrase, Token t)
    {
        // Short acronyms must stay capitals ("IS", "US" are not "is", "us"); longer ones may be written
        // "Nato" or "Unicef"; lower-case words in a name ("al", "network") match any case.
        if (t.Case == TokenCase.AllCaps)
            return t.Length <= 3 ? TokenCase.AllCaps : TokenCase.Capitalised;
        return t.Case == TokenCase.Capitalised || char.IsUpper(phrase[t.Start]) ? TokenCase.Capitalised : TokenCase.Lower;
    }

    private static bool Fits(TokenCase[]? rules, IReadOnlyList<Token> tokens, List<int> positions)
    {
        if (rules is null)
            return true;
        for (var k = 0; k < rules.Length; k++)
        {
            var actual = tokens[positions[k]].Case;
            var ok = rules[k] switch
            {
                TokenCase.AllCaps => actual == TokenCase.AllCaps || tokens[positions[k]].Kind == TokenKind.Number,
                TokenCase.Capitalised => actual != TokenCase.Lower || tokens[positions[k]].Kind == TokenKind.Number,
                _ => true,
            };
            if (!ok)
                return false;
        }
        return true;
    }

    private static bool SameRules(TokenCase[]? a, TokenCase[]? b) =>
        a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<Terminal>? Values;
    }

    private readonly record struct Terminal(T Value, TokenCase[]? Rules);
}

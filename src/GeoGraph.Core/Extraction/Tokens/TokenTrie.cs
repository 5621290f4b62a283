using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>
/// A trie over folded word keys: finds the longest listed phrase that starts at a token, in time
/// proportional to the phrase, whatever the number of phrases. Words may be joined by hyphens, dots
/// or apostrophes ("al-Qaeda", "U.S.", "Hay'at") or by spaces; a comma or any other mark ends a phrase.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class TokenTrie<T>
{
    private readonly Node _root = new();
    private WordPool? _pool;

    // Once frozen: one bit per pooled word that starts some phrase. Most tokens start none, and a bit in this small
    // array turns them away without reading the root's array, which is as long as the pool and seldom in the cache.
    private ulong[]? _opens;

    /// <summary>How many phrases were added.</summary>
    public int Count { get; private set; }

    /// <summary>Every word key some phrase uses.</summary>
    public IEnumerable<string> Words => _root.Descendants().SelectMany(n => n.Keys);

    /// <summary>Adds <paramref name="phrase"/>; <paramref name="caseSensitive"/> keeps its capitals as a condition on the text.</summary>
    public void Add(string phrase, T value, bool caseSensitive)
    {
        var tokens = Tokenizer.Tokenize(phrase).Where(t => t.IsWordLike).ToList();
        if (tokens.Count == 0)
            return;
        var node = _root;
        foreach (var token in tokens)
            node = node.ChildOrNew(token.Key);
        var rules = caseSensitive ? tokens.Select(t => RuleOf(phrase, t)).ToArray() : null;
        if (node.Add(new Terminal(value, rules)))
            Count++;
    }

    /// <summary>
    /// Makes lookups faster once every phrase is in: the gazetteers freeze their tries after loading, and from
    /// then on words are found by their number in <paramref name="pool"/>, which must hold every word of the trie.
    /// Adding afterwards is an error.
    /// </summary>
    public void Freeze(WordPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        _root.Freeze(pool, root: true);
        _pool = pool;
        _opens = new ulong[(pool.Count + 63) / 64];
        foreach (var key in _root.Keys)
        {
            var number = pool.NumberOf(key);
            _opens[number >> 6] |= 1UL << number;
        }
    }

    /// <summary>Whether some phrase starts with the word <paramref name="token"/>.</summary>
    /// <remarks>Phrases are made of words: a punctuation mark starts none, and is not looked up in the pool.</remarks>
    public bool StartsWith(in Token token) => token.IsWordLike && OpensWith(token);

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="end"/>
    /// whose capitals fit the text; <c>null</c> when none does.
    /// </summary>
    public TrieMatch<T>? Match(List<Token> tokens, int start, int end)
    {
        var span = CollectionsMarshal.AsSpan(tokens);
        // Most tokens start no phrase: that is settled here, before the walk sets up its frame.
        return Opens(span, start, end) ? Walk(span, start, end, null) : null;
    }

    /// <summary>Every phrase starting at token <paramref name="start"/> (shortest first), or an empty list.</summary>
    public List<TrieMatch<T>> MatchAll(List<Token> tokens, int start, int end)
    {
        var all = new List<TrieMatch<T>>();
        MatchAll(tokens, start, end, all);
        return all;
    }

    /// <summary>
    /// Adds every phrase starting at token <paramref name="start"/> (shortest first) to <paramref name="into"/>; with
    /// <paramref name="passAdverbs"/>, a manner adverb inside a phrase is read past ("working closely with").
    /// </summary>
    public void MatchAll(List<Token> tokens, int start, int end, List<TrieMatch<T>> into, bool passAdverbs = false)
    {
        var span = CollectionsMarshal.AsSpan(tokens);
        if (Opens(span, start, end))
            Walk(span, start, end, into, passAdverbs);
    }

    private bool Opens(ReadOnlySpan<Token> tokens, int start, int end) =>
        start < end && tokens[start].IsWordLike && OpensWith(tokens[start]);

    private bool OpensWith(in Token token)
    {
        if (_opens is null || token.Word == Token.Unnumbered)
            return Child(_root, token) is not null;
        var number = token.Word;
        return number >= 0 && number >> 6 < _opens.Length && (_opens[number >> 6] & (1UL << number)) != 0;
    }

    // A walk from a token that opens some phrase (the callers ask Opens first, so the root is not looked up twice).
    private TrieMatch<T>? Walk(ReadOnlySpan<Token> tokens, int start, int end, List<TrieMatch<T>>? all, bool passAdverbs = false)
    {
        var node = _root;
        // A walk that wants only the longest phrase makes one match, at the end, of the longest that fitted.
        IReadOnlyList<T>? bestValues = null;
        var bestEnd = 0;
        var i = start;
        while (i < end)
        {
            var child = Child(node, tokens[i]);
            // Not before a passive's "by" ("carried out personally by"), whose object stands far back in the clause.
            if (child is null && passAdverbs && i > start && IsMannerAdverb(tokens[i]) && NextWord(tokens, i, end) is var next && next < end
                && tokens[next].Key != "by")
            {
                i = next;
                child = Child(node, tokens[i]);
            }
            if (child is null)
                break;
            node = child;
            if (node.Values is not null && Fitting(node, tokens, start, end) is { } fits)
            {
                bestValues = fits;
                bestEnd = i + 1;
                all?.Add(new TrieMatch<T>(start, bestEnd, fits));
            }
            i = NextWord(tokens, i, end);
        }
        return bestValues is null ? null : all is { Count: > 0 } ? all[^1] : new TrieMatch<T>(start, bestEnd, bestValues);
    }

    private static bool IsMannerAdverb(in Token t) =>
        t is { Kind: TokenKind.Word, Case: TokenCase.Lower, Length: > 4 } && t.Key.EndsWith("ly", StringComparison.Ordinal);

    // A frozen trie finds words by number; a token read without the pool has its number looked up here.
    private Node? Child(Node node, in Token token)
    {
        if (_pool is null)
            return node.ChildByKey(token.Key);
        var number = token.Word == Token.Unnumbered ? _pool.NumberOf(token.Key) : token.Word;
        return number < 0 ? null : node.ChildByNumber(number);
    }

    // The values whose capitals fit; the node's own list when all do, so that most matches allocate nothing more.
    private static IReadOnlyList<T>? Fitting(Node node, ReadOnlySpan<Token> tokens, int start, int end)
    {
        // Most phrases have one spelling for all their values (every cue has none): one check answers for them all.
        if (node.RulesShared)
            return Fits(node.SharedRules, tokens, start, end) ? node.AllValues : null;
        var terminals = node.Values!;
        var allFit = true;
        var anyFits = false;
        foreach (var v in terminals)
        {
            var fits = Fits(v.Rules, tokens, start, end);
            allFit &= fits;
            anyFits |= fits;
        }
        if (allFit)
            return node.AllValues;
        if (!anyFits)
            return null;
        var list = new List<T>();
        foreach (var v in terminals)
        {
            if (Fits(v.Rules, tokens, start, end))
                list.Add(v.Value);
        }
        return list;
    }

    /// <summary>The index of the word after <paramref name="i"/> when only joiners lie between; else <paramref name="end"/>.</summary>
    public static int NextWord(List<Token> tokens, int i, int end) => NextWord(CollectionsMarshal.AsSpan(tokens), i, end);

    private static int NextWord(ReadOnlySpan<Token> tokens, int i, int end)
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

    private static bool IsJoiner(in Token t) => t.Is('-') || t.Is('.') || t.Is('\'');

    private static TokenCase RuleOf(string phrase, Token t)
    {
        // Short acronyms must stay capitals ("IS", "US" are not "is", "us"); longer ones may be written
        // "Nato" or "Unicef"; lower-case words in a name ("al", "network") match any case.
        if (t.Case == TokenCase.AllCaps)
            return t.Length <= 3 ? TokenCase.AllCaps : TokenCase.Capitalised;
        return t.Case == TokenCase.Capitalised || char.IsUpper(phrase[t.Start]) ? TokenCase.Capitalised : TokenCase.Lower;
    }

    // The words of a phrase are found again from its start as the walk found them (word to next word), so that a walk
    // keeps no list of positions: only case-sensitive phrases are checked, and they are short.
    private static bool Fits(TokenCase[]? rules, ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (rules is null)
            return true;
        var at = start;
        for (var k = 0; k < rules.Length; k++, at = NextWord(tokens, at, end))
        {
            ref readonly var token = ref tokens[at];
            var ok = rules[k] switch
            {
                TokenCase.AllCaps => token.Case == TokenCase.AllCaps || token.Kind == TokenKind.Number,
                TokenCase.Capitalised => token.Case != TokenCase.Lower || token.Kind == TokenKind.Number,
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
        private Dictionary<string, Node>? _children;

        // Once frozen: the children by word number, the root's as an array (every token is looked up there).
        private FrozenDictionary<int, Node>? _byNumber;
        private Node?[]? _byNumberArray;

        // A node with a few children keeps their numbers in an array: comparing a handful beats hashing.
        private const int Few = 8;
        private int[]? _fewNumbers;
        private Node[]? _fewChildren;

        // Most nodes past the first word have one child (the rest of one phrase): it is compared, not looked up.
        private Node? _onlyChild;
        private int _onlyNumber;
        private bool _frozen;

        public List<Terminal>? Values { get; private set; }

        /// <summary>Every value of <see cref="Values"/>, in order: what a match returns when all capitals fit.</summary>
        public T[] AllValues { get; private set; } = [];

        // Before freezing (a trie built for one article): the first letters and lengths of the children's keys, one bit
        // each, so that most words are turned away without hashing them.
        private ulong _firstChars;
        private ulong _lengths;

        public Node? ChildByKey(string key)
        {
            if (key.Length > 0 && ((_firstChars & (1UL << key[0])) == 0 || (_lengths & (1UL << Math.Min(key.Length, 63))) == 0))
                return null;
            return _children is not null && _children.TryGetValue(key, out var child) ? child : null;
        }

        public Node? ChildByNumber(int number)
        {
            if (_byNumberArray is not null)
                return (uint)number < (uint)_byNumberArray.Length ? _byNumberArray[number] : null;
            if (_onlyChild is not null)
                return number == _onlyNumber ? _onlyChild : null;
            if (_fewNumbers is { } numbers)
            {
                for (var k = 0; k < numbers.Length; k++)
                {
                    if (numbers[k] == number)
                        return _fewChildren![k];
                }
                return null;
            }
            return _byNumber is not null && _byNumber.TryGetValue(number, out var child) ? child : null;
        }

        public Node ChildOrNew(string key)
        {
            if (_frozen)
                throw new InvalidOperationException("The trie is frozen.");
            _children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_children.TryGetValue(key, out var child))
            {
                child = new Node();
                _children.Add(key, child);
                if (key.Length > 0)
                {
                    _firstChars |= 1UL << key[0];
                    _lengths |= 1UL << Math.Min(key.Length, 63);
                }
            }
            return child;
        }

        public bool Add(Terminal terminal)
        {
            Values ??= [];
            if (Values.Any(v => EqualityComparer<T>.Default.Equals(v.Value, terminal.Value) && SameRules(v.Rules, terminal.Rules)))
                return false;
            Values.Add(terminal);
            AllValues = [.. Values.Select(v => v.Value)];
            SharedRules = Values[0].Rules;
            RulesShared = Values.TrueForAll(v => SameRules(v.Rules, SharedRules));
            return true;
        }

        /// <summary>Whether every value has the same capitals (<see cref="SharedRules"/>), so that all fit or none does.</summary>
        public bool RulesShared { get; private set; }

        /// <summary>The capitals of the first value; those of all when <see cref="RulesShared"/>.</summary>
        public TokenCase[]? SharedRules { get; private set; }

        public void Freeze(WordPool pool, bool root)
        {
            _frozen = true;
            if (_children is null)
                return;
            var numbered = new Dictionary<int, Node>();
            foreach (var (key, child) in _children)
            {
                child.Freeze(pool, root: false);
                var number = pool.NumberOf(key);
                if (number < 0)
                    throw new InvalidOperationException($"The word pool lacks the trie's word '{key}'.");
                numbered.Add(number, child);
            }
            if (root)
            {
                _byNumberArray = new Node?[pool.Count];
                foreach (var (number, child) in numbered)
                    _byNumberArray[number] = child;
            }
            else if (numbered.Count == 1)
            {
                (_onlyNumber, _onlyChild) = numbered.Single();
            }
            else if (numbered.Count <= Few)
            {
                _fewNumbers = [.. numbered.Keys];
                _fewChildren = [.. numbered.Values];
            }
            else
            {
                _byNumber = numbered.ToFrozenDictionary();
            }
            Words = [.. _children.Keys];
            _children = null;
        }

        // The keys of the children, kept when frozen for the word pool of the next trie.
        private string[]? Words { get; set; }

        public IEnumerable<string> Keys => Words ?? (IEnumerable<string>?)_children?.Keys ?? Enumerable.Empty<string>();

        public IEnumerable<Node> Descendants()
        {
            var stack = new Stack<Node>();
            stack.Push(this);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                yield return node;
                foreach (var child in node.ChildNodes())
                    stack.Push(child);
            }
        }

        private IEnumerable<Node> ChildNodes() =>
            (IEnumerable<Node>?)_children?.Values ?? _byNumber?.Values ?? _fewChildren ?? (_onlyChild is not null ? new[] { _onlyChild } : null)
            ?? _byNumberArray?.OfType<Node>() ?? Enumerable.Empty<Node>();
    }

    private readonly record struct Terminal(T Value, TokenCase[]? Rules);
}

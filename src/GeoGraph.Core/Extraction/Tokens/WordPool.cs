namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>
/// The folded words the gazetteers know, numbered, shared by every article: a token whose key is one of them
/// takes the pooled string and its number, so tokenising allocates only for words no list has, and the tries
/// look words up by number instead of hashing strings again.
/// </summary>
internal sealed class WordPool
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _words;

    public WordPool(IEnumerable<string> words)
    {
        // A Dictionary rather than a FrozenDictionary: its look-up by span is the faster of the two.
        var numbers = new Dictionary<string, int>();
        foreach (var word in words)
            numbers.TryAdd(word, numbers.Count);
        _lookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = new string[numbers.Count];
        foreach (var (word, number) in numbers)
            _words[number] = word;
    }

    /// <summary>How many words are pooled; their numbers are 0 to <c>Count - 1</c>.</summary>
    public int Count => _lookup.Dictionary.Count;

    /// <summary>The number of <paramref name="key"/>, or -1.</summary>
    public int NumberOf(string key) => _lookup.Dictionary.GetValueOrDefault(key, -1);

    /// <summary>The pooled string equal to <paramref name="key"/> and its number; a new string and -1 when not pooled.</summary>
    public string Intern(ReadOnlySpan<char> key, out int number)
    {
        if (_lookup.TryGetValue(key, out number))
            return _words[number];
        number = -1;
        return new string(key);
    }
}

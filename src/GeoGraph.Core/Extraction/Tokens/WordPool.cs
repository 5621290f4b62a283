namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>
/// The folded words the gazetteers know, numbered, shared by every article: a token whose key is one of them
/// takes the pooled string and its number, so tokenising allocates only for words no list has, and the tries
/// look words up by number instead of hashing strings again.
/// </summary>
/// <remarks>
/// Every word of every article is looked up here, so the pool keeps its own small open-addressed table rather
/// than a dictionary: a short word hashes in a few multiplications, and a slot holds the hash, so a probe
/// compares characters only when the hashes agree.
/// </remarks>
internal sealed class WordPool
{
    private readonly string[] _words;
    private readonly Slot[] _slots;
    private readonly int _mask;

    public WordPool(IEnumerable<string> words)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
            numbers.TryAdd(word, numbers.Count);
        _words = new string[numbers.Count];
        foreach (var (word, number) in numbers)
            _words[number] = word;
        // At most half full, so that a probe seldom goes past its first slot.
        var size = 16;
        while (size < 2 * _words.Length)
            size *= 2;
        _slots = new Slot[size];
        _mask = size - 1;
        for (var number = 0; number < _words.Length; number++)
        {
            var hash = HashOf(_words[number]);
            var slot = hash & _mask;
            while (_slots[slot].Word != 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = new Slot(hash, number + 1);
        }
    }

    /// <summary>How many words are pooled; their numbers are 0 to <c>Count - 1</c>.</summary>
    public int Count => _words.Length;

    /// <summary>The number of <paramref name="key"/>, or -1.</summary>
    public int NumberOf(string key) => NumberOf(key.AsSpan());

    /// <summary>The pooled string equal to <paramref name="key"/> and its number; a new string and -1 when not pooled.</summary>
    public string Intern(ReadOnlySpan<char> key, out int number)
    {
        number = NumberOf(key);
        return number >= 0 ? _words[number] : new string(key);
    }

    private int NumberOf(ReadOnlySpan<char> key)
    {
        var hash = HashOf(key);
        for (var slot = hash & _mask; _slots[slot].Word != 0; slot = (slot + 1) & _mask)
        {
            var number = _slots[slot].Word - 1;
            if (_slots[slot].Hash == hash && _words[number].AsSpan().SequenceEqual(key))
                return number;
        }
        return -1;
    }

    // FNV-1a over the characters: words are short, and a fixed hash keeps the table the same from run to run.
    private static int HashOf(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash & int.MaxValue);
    }

    // Word is the word's number plus one, so that a zeroed slot is empty.
    private readonly record struct Slot(int Hash, int Word);
}

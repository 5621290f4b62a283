using System.Runtime.InteropServices;

namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>
/// The folded words the gazetteers know, numbered, shared by every article: a token whose key is one of them
/// takes the pooled string and its number, so tokenising allocates only for words no list has, and the tries
/// look words up by number instead of hashing strings again.
/// </summary>
/// <remarks>
/// Every word of every article is looked up here, so the pool keeps its own small open-addressed table rather
/// than a dictionary: a word hashes in a multiplication per four characters, and a slot holds the hash and the
/// word, so a probe compares characters only when the hashes agree and reads no other array.
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
            var hash = HashOf(_words[number], 0);
            var slot = hash & _mask;
            while (_slots[slot].Word is not null)
                slot = (slot + 1) & _mask;
            _slots[slot] = new Slot(_words[number], hash, number);
        }
    }

    /// <summary>How many words are pooled; their numbers are 0 to <c>Count - 1</c>.</summary>
    public int Count => _words.Length;

    /// <summary>The number of <paramref name="key"/>, or -1.</summary>
    public int NumberOf(string key) => NumberOf(key.AsSpan());

    /// <summary>The pooled string equal to <paramref name="key"/> and its number; a new string and -1 when not pooled.</summary>
    public string Intern(ReadOnlySpan<char> key, out int number)
    {
        var hash = HashOf(key, 0);
        for (var slot = hash & _mask; _slots[slot].Word is { } word; slot = (slot + 1) & _mask)
        {
            if (_slots[slot].Hash == hash && word.AsSpan().SequenceEqual(key))
            {
                number = _slots[slot].Number;
                return word;
            }
        }
        number = -1;
        return new string(key);
    }

    /// <summary>
    /// <see cref="Intern"/> of the lower case of <paramref name="word"/>, a word of ASCII letters, digits and the
    /// marks inside a number ('.', ','): in each of those characters the lower case is the character with bit 0x20
    /// set, so the word is hashed and compared in its lower case without being copied into it first.
    /// </summary>
    public string InternAsciiLower(ReadOnlySpan<char> word, out int number)
    {
        var hash = HashOf(word, LowerBits);
        for (var slot = hash & _mask; _slots[slot].Word is { } pooled; slot = (slot + 1) & _mask)
        {
            if (_slots[slot].Hash == hash && EqualsLowered(pooled, word))
            {
                number = _slots[slot].Number;
                return pooled;
            }
        }
        number = -1;
        return LowerString(word);
    }

    private static bool EqualsLowered(string pooled, ReadOnlySpan<char> word)
    {
        if (pooled.Length != word.Length)
            return false;
        for (var k = 0; k < word.Length; k++)
        {
            if (pooled[k] != (char)(word[k] | 0x20))
                return false;
        }
        return true;
    }

    private static string LowerString(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var k = 0; k < word.Length; k++)
            lower[k] = (char)(word[k] | 0x20);
        return new string(lower);
    }

    private int NumberOf(ReadOnlySpan<char> key)
    {
        var hash = HashOf(key, 0);
        for (var slot = hash & _mask; _slots[slot].Word is { } word; slot = (slot + 1) & _mask)
        {
            if (_slots[slot].Hash == hash && word.AsSpan().SequenceEqual(key))
                return _slots[slot].Number;
        }
        return -1;
    }

    // Bit 0x20 of each of four characters: or-ed into a block of the text, it gives the block's lower case (see above).
    private const ulong LowerBits = 0x0020_0020_0020_0020UL;

    // Four characters at a time, each block mixed by one multiplication, so that a word costs two or three steps rather
    // than one per character; fixed constants keep the table the same from run to run. <paramref name="fold"/> is or-ed
    // into every block (and every character of the last, part-filled one, whose empty places stay zero).
    private static int HashOf(ReadOnlySpan<char> key, ulong fold)
    {
        const ulong k = 0x9E3779B97F4A7C15UL;
        var hash = (ulong)key.Length * k;
        var blocks = MemoryMarshal.Cast<char, ulong>(key);
        foreach (var block in blocks)
            hash = (hash ^ (block | fold)) * k;
        var tail = 0UL;
        for (var i = blocks.Length * 4; i < key.Length; i++)
            tail = (tail << 16) | key[i] | (fold & 0xFFFF);
        // A product's high bits depend on every bit below them: the slot is read from the top.
        return (int)(((hash ^ tail) * k) >> 33);
    }

    // A slot holds the word itself beside its hash and number, so that a probe reads the word without a second array.
    private readonly record struct Slot(string? Word, int Hash, int Number);
}

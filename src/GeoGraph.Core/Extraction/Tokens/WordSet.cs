using System.Collections;
using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>
/// A closed set of folded words ("in", "at", "near") that the stages test tokens against, often every token of an
/// article several times. A token the gazetteer's <see cref="WordPool"/> numbered is tested by one bit at its number
/// instead of hashing its key; other tokens and plain strings fall back to the frozen set.
/// </summary>
[CollectionBuilder(typeof(WordSet), nameof(Create))]
internal sealed class WordSet : IReadOnlySet<string>
{
    private readonly FrozenSet<string> _words;

    // The bits of one pool, built on first use; a process normally loads one gazetteer, so one pool is kept.
    private PoolBits? _bits;

    // The kept pool's bits again, in fields of the set itself: asked of most tokens, a test then reads the set and its
    // bit array, not a record between them. Written once the record is built.
    private WordPool? _bitsPool;
    private ulong[] _bitArray = [];

    private WordSet(IEnumerable<string> words) => _words = words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The set of <paramref name="words"/> (folded keys).</summary>
    public static WordSet Create(ReadOnlySpan<string> words) => new(words.ToArray());

    /// <summary>The set of <paramref name="words"/> (folded keys).</summary>
    public static WordSet Of(IEnumerable<string> words) => new(words);

    /// <summary>
    /// Every word of every word set the stages declare (static fields of this assembly), so that the pool numbers them
    /// all and a token the pool does not know is in no set: read once, when a gazetteer builds its pool.
    /// </summary>
    public static IEnumerable<string> Declared() =>
        typeof(WordSet).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(WordSet) && !field.DeclaringType!.ContainsGenericParameters)
            .SelectMany(field => field.GetValue(null) as WordSet ?? Enumerable.Empty<string>());

    /// <summary>Whether <paramref name="token"/>'s key is in the set; <paramref name="pool"/> is the one that numbered it.</summary>
    public bool Contains(in Token token, WordPool pool)
    {
        var word = token.Word;
        if (word >= 0 && ReferenceEquals(_bitsPool, pool))
        {
            var bitArray = _bitArray;
            return (uint)(word >> 6) < (uint)bitArray.Length && (bitArray[word >> 6] & (1UL << word)) != 0;
        }
        if (word == Token.Unnumbered)
            return _words.Contains(token.Key);
        var bits = _bits is { } current && ReferenceEquals(current.Pool, pool) ? current : Keep(PoolBits.Of(_words, pool));
        if (word >= 0)
            return word >> 6 < bits.Bits.Length && (bits.Bits[word >> 6] & (1UL << word)) != 0;
        // A word no list pools can only be one of the set's own words the pool lacks (few, often none).
        return bits.Unpooled.Count > 0 && bits.Unpooled.Contains(token.Key);
    }

    // The array is written before the pool that marks it ready, so that a thread that sees the pool sees its bits.
    private PoolBits Keep(PoolBits bits)
    {
        _bits = bits;
        _bitArray = bits.Bits;
        Volatile.Write(ref _bitsPool, bits.Pool);
        return bits;
    }

    public bool Contains(string item) => _words.Contains(item);

    public int Count => _words.Count;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => _words.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => _words.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => _words.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => _words.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => _words.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => _words.SetEquals(other);

    private sealed record PoolBits(WordPool Pool, ulong[] Bits, FrozenSet<string> Unpooled)
    {
        public static PoolBits Of(FrozenSet<string> words, WordPool pool)
        {
            // Only as long as the highest number among the words: a token numbered past it is turned away by the length.
            var highest = -1;
            foreach (var word in words)
                highest = Math.Max(highest, pool.NumberOf(word));
            var bits = new ulong[(highest >> 6) + 1];
            var unpooled = new List<string>();
            foreach (var word in words)
            {
                var number = pool.NumberOf(word);
                if (number < 0)
                    unpooled.Add(word);
                else
                    bits[number >> 6] |= 1UL << number;
            }
            return new PoolBits(pool, bits, unpooled.ToFrozenSet(StringComparer.Ordinal));
        }
    }
}

namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>
/// Word sets looked for together (at most 32): which of them occur among some tokens, found in one pass. Most tokens are
/// in none of them and are turned away by one test against their union, so the pass costs little more than one set's.
/// </summary>
internal sealed class WordSetGroup
{
    private readonly WordSet[] _sets;
    private readonly WordSet _any;

    public WordSetGroup(params WordSet[] sets)
    {
        if (sets.Length > 32)
            throw new ArgumentException("A group holds at most 32 sets.", nameof(sets));
        _sets = sets;
        _any = WordSet.Of(sets.SelectMany(set => set));
    }

    /// <summary>The bit that <see cref="Found"/> sets for <paramref name="set"/>, one of the group's.</summary>
    public uint Bit(WordSet set)
    {
        var index = Array.IndexOf(_sets, set);
        return index >= 0 ? 1u << index : throw new ArgumentException("The set is not in the group.", nameof(set));
    }

    /// <summary>The bits of the sets that some token in [<paramref name="first"/>, <paramref name="end"/>) belongs to.</summary>
    public uint Found(List<Token> tokens, int first, int end, WordPool pool)
    {
        var found = 0u;
        for (var i = Math.Max(first, 0); i < end && i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!_any.Contains(token, pool))
                continue;
            for (var k = 0; k < _sets.Length; k++)
            {
                if (_sets[k].Contains(token, pool))
                    found |= 1u << k;
            }
        }
        return found;
    }
}

namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>A phrase found by a <see cref="TokenTrie{T}"/>: tokens [Start, End) and what it stands for.</summary>
internal sealed record TrieMatch<T>(int Start, int End, IReadOnlyList<T> Values);

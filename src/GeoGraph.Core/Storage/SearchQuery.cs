namespace GeoGraph.Core.Storage;

/// <summary>
/// Full-text search over entity names and aliases and claim text. Every word of <see cref="Text"/> must occur,
/// each also as the start of a longer word ("nor" finds "Northern"), ignoring case and diacritics; anything
/// that is not a letter or digit only separates words, so no input is read as search syntax. Names are
/// matched ignoring a leading "the", as every name lookup does.
/// </summary>
/// <param name="Kinds">Only hits of these kinds; null for both.</param>
public sealed record SearchQuery(string Text, IReadOnlyList<SearchHitKind>? Kinds = null);

namespace GeoGraph.Core.Storage.Rules;

/// <summary>A search hit with what ranks it above its score: whether a name of the entity equals the search text.</summary>
/// <param name="ExactName">True for an entity whose name or an alias equals the search text, ignoring case and diacritics.</param>
public readonly record struct RankedSearchHit(SearchHit Hit, bool ExactName);

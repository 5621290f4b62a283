namespace GeoGraph.Core.Model;

/// <summary>A claim's id: its article and where its span starts, stable across re-imports.</summary>
public readonly record struct ClaimId(string Value)
{
    /// <summary>The id of the claim whose span starts at <paramref name="start"/> in <paramref name="article"/>.</summary>
    public static ClaimId For(ArticleId article, int start) => new($"{article.Value}:{start}");

    /// <inheritdoc />
    public override string ToString() => Value;
}

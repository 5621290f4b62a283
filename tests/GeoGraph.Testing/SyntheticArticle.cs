namespace GeoGraph.Testing;

/// <summary>A generated news article, in the JSON article layout that <c>geograph import</c> and the GraphQL import take.</summary>
public sealed record SyntheticArticle(string Title, string Outlet, DateTimeOffset PublishedAt, string Text);

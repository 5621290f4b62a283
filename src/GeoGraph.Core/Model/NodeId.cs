namespace GeoGraph.Core.Model;

/// <summary>
/// Tells from an id string alone what it names, so a <c>node(id)</c> lookup can go to the right batch
/// getter (<c>GetEntitiesAsync</c>, <c>GetClaimsAsync</c>, <c>GetArticlesAsync</c>) without trying each.
/// The three id shapes cannot be confused: article ids are 32 hex digits, claim ids are an article id,
/// a colon and a non-negative offset, and entity ids start with a known kind prefix.
/// </summary>
public readonly record struct NodeId(NodeKind Kind, string Value)
{
    private const int ArticleIdLength = 32;

    /// <summary>Reads an id; false when it has none of the three shapes.</summary>
    public static bool TryParse(string? id, out NodeId node)
    {
        node = default;
        if (string.IsNullOrEmpty(id))
            return false;
        if (IsArticleId(id))
        {
            node = new NodeId(NodeKind.Article, id);
            return true;
        }
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon == ArticleIdLength && IsArticleId(id[..colon]) && IsOffset(id.AsSpan(colon + 1)))
        {
            node = new NodeId(NodeKind.Claim, id);
            return true;
        }
        if (colon > 0 && colon < id.Length - 1 && new EntityId(id).Kind is not null)
        {
            node = new NodeId(NodeKind.Entity, id);
            return true;
        }
        return false;
    }

    /// <summary>The entity id, when this names an entity.</summary>
    public EntityId? Entity => Kind == NodeKind.Entity ? new EntityId(Value) : null;

    /// <summary>The claim id, when this names a claim.</summary>
    public ClaimId? Claim => Kind == NodeKind.Claim ? new ClaimId(Value) : null;

    /// <summary>The article id, when this names an article.</summary>
    public ArticleId? Article => Kind == NodeKind.Article ? new ArticleId(Value) : null;

    /// <inheritdoc />
    public override string ToString() => Value;

    private static bool IsArticleId(string text) =>
        text.Length == ArticleIdLength && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private static bool IsOffset(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 10)
            return false;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }
}

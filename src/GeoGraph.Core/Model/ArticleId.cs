using System.Security.Cryptography;
using System.Text;

namespace GeoGraph.Core.Model;

/// <summary>An article's id: a hash of its cleaned body, so the same text imported twice has one id.</summary>
public readonly record struct ArticleId(string Value)
{
    /// <summary>The id of an article whose cleaned body is <paramref name="cleanedBody"/>.</summary>
    public static ArticleId FromBody(string cleanedBody)
    {
        ArgumentNullException.ThrowIfNull(cleanedBody);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(cleanedBody));
        // 128 bits are plenty to keep distinct articles apart and keep ids short in URLs.
        return new ArticleId(Convert.ToHexStringLower(hash.AsSpan(0, 16)));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}

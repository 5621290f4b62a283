using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Security;

/// <summary>Checks a presented API key against the configured SHA-256 hashes, in constant time per key.</summary>
public sealed class ApiKeyVerifier(IOptions<AuthOptions> auth)
{
    /// <summary>The principal the key stands for, or null with the reason it was refused.</summary>
    public ClaimsPrincipal? Verify(string presentedKey, string scheme, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(presentedKey);
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        foreach (var key in auth.Value.ApiKeys)
        {
            if (!TryHex(key.Sha256, out var expected) || !CryptographicOperations.FixedTimeEquals(presented, expected))
                continue;
            if (!RoleNames.TryParse(key.Role, out var role))
            {
                refusal = $"API key '{key.Name}' has an unknown role.";
                return null;
            }
            refusal = null;
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, key.Name), new Claim(RoleNames.ClaimType, RoleNames.Name(role))],
                scheme, ClaimTypes.Name, RoleNames.ClaimType);
            return new ClaimsPrincipal(identity);
        }
        refusal = "Unknown API key.";
        return null;
    }

    private static bool TryHex(string hex, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(hex.Trim());
            return bytes.Length == SHA256.HashSizeInBytes;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}

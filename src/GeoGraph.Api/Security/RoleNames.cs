using System.Security.Claims;

namespace GeoGraph.Api.Security;

/// <summary>Role names as they appear in configuration and tokens ("reader", "importer", "admin").</summary>
public static class RoleNames
{
    /// <summary>The claim type that carries a role, in API-key principals and JWTs alike.</summary>
    public const string ClaimType = "role";

    public static bool TryParse(string? name, out Role role)
    {
        role = default;
        return name is not null && Enum.TryParse(name.Trim(), ignoreCase: true, out role) && Enum.IsDefined(role);
    }

    public static string Name(Role role) => role.ToString().ToLowerInvariant();

    /// <summary>The highest role a principal holds, from its role claims (either claim type).</summary>
    public static Role? Highest(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        Role? best = null;
        foreach (var claim in user.Claims.Where(c => c.Type is ClaimType or ClaimTypes.Role))
        {
            if (TryParse(claim.Value, out var role) && (best is null || role > best))
                best = role;
        }
        return best;
    }
}

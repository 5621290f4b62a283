using System.Text.Json;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage.Rules;

/// <summary>
/// The JSON object each curation keeps in <see cref="AuditEntry.Details"/>, camel-cased, the same whichever store
/// wrote the entry.
/// </summary>
public static class AuditDetails
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What a merge moved, with each dropped self-relation as "from TYPE to".</summary>
    public static string Merge(MergeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return JsonSerializer.Serialize(new
        {
            summary.SpokenClaims,
            summary.ReportedClaims,
            summary.ClaimRoles,
            summary.Assertions,
            summary.Denials,
            summary.Aliases,
            summary.Affiliations,
            summary.RelationsRecomputed,
            SelfRelationsDropped = summary.SelfRelationsDropped.Select(k => $"{k.From.Value} {k.Type.Name()} {k.To.Value}").ToList(),
        }, Json);
    }

    /// <summary>The alias added.</summary>
    public static string Alias(string alias) => JsonSerializer.Serialize(new { alias }, Json);

    /// <summary>How many relations a retraction re-aggregated.</summary>
    public static string Retraction(int relationsRecomputed) => JsonSerializer.Serialize(new { relationsRecomputed }, Json);
}

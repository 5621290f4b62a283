using Microsoft.Extensions.Options;

namespace GeoGraph.Storage.Neo4j;

/// <summary>Checks what data annotations cannot: a usable Bolt URI, a password with a user, positive timeouts.</summary>
public sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    private static readonly string[] Schemes = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!System.Uri.TryCreate(options.Uri, UriKind.Absolute, out var uri) || !Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
            failures.Add($"Neo4j:Uri must be an absolute {string.Join(", ", Schemes.Select(s => s + "://"))} URI; got '{options.Uri}'.");
        else if (uri.AbsolutePath is not ("" or "/"))
            failures.Add("Neo4j:Uri has no path: give the database in Neo4j:Database.");
        if (!string.IsNullOrEmpty(options.User) && string.IsNullOrEmpty(options.Password))
            failures.Add("Neo4j:Password is required with Neo4j:User; set it in the environment (Neo4j__Password) or user secrets.");
        foreach (var (setting, value) in new (string, TimeSpan)[]
        {
            ("ConnectionAcquisitionTimeout", options.ConnectionAcquisitionTimeout),
            ("ConnectionTimeout", options.ConnectionTimeout),
            ("MaxTransactionRetryTime", options.MaxTransactionRetryTime),
            ("IndexWaitTimeout", options.IndexWaitTimeout),
            ("TransactionTimeout", options.TransactionTimeout ?? TimeSpan.MaxValue),
        })
        {
            if (value <= TimeSpan.Zero)
                failures.Add($"Neo4j:{setting} must be positive; got {value}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

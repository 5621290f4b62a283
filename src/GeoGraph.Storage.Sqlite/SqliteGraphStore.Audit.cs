using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task<Page<AuditEntry>> QueryAuditLogAsync(AuditQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var filter = new SqlFilter();
        if (!string.IsNullOrWhiteSpace(query.Id))
            filter.Where("l.target = $id OR l.subject = $id", ("$id", query.Id.Trim()));
        if (query.Action is { } action)
            filter.Where("l.action = $action", ("$action", action.ToString()));
        return ReadAsync(async connection =>
        {
            var total = await CountAsync(connection, $"SELECT COUNT(*) FROM audit_log l {filter.Sql}", filter, cancellationToken).ConfigureAwait(false);
            var entries = new List<AuditEntry>();
            await using var command = Command(connection,
                $"SELECT l.id, l.at, l.actor, l.action, l.target, l.subject, l.reason, l.details FROM audit_log l {filter.Sql} ORDER BY l.id DESC LIMIT {page.First} OFFSET {page.Offset}");
            filter.Bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(new AuditEntry(
                    reader.GetInt64(0), StoredTime.Read(reader.GetString(1)), reader.GetString(2), Enum.Parse<CurationAction>(reader.GetString(3)),
                    reader.GetString(4), Mapping.SqlValues.NullableString(reader, 5), Mapping.SqlValues.NullableString(reader, 6), reader.GetString(7)));
            }
            return new Page<AuditEntry>(entries, page.Offset, total);
        }, cancellationToken);
    }

    /// <summary>Appends an audit entry (<paramref name="details"/> from <see cref="AuditDetails"/>) inside the curation's transaction and returns its id.</summary>
    private async Task<long> AuditAsync(
        SqliteConnection connection, SqliteTransaction transaction, CurationAction action, string actor, string target, string? subject, string? reason,
        string details, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, """
            INSERT INTO audit_log (at, actor, action, target, subject, reason, details)
            VALUES ($at, $actor, $action, $target, $subject, $reason, $details)
            RETURNING id
            """, transaction);
        command.Parameters.AddWithValue("$at", StoredTime.Write(_time.GetUtcNow()));
        command.Parameters.AddWithValue("$actor", actor.Trim());
        command.Parameters.AddWithValue("$action", action.ToString());
        command.Parameters.AddWithValue("$target", target);
        command.Parameters.AddWithValue("$subject", Mapping.SqlValues.OrNull(subject));
        command.Parameters.AddWithValue("$reason", Mapping.SqlValues.OrNull(string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        command.Parameters.AddWithValue("$details", details);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}

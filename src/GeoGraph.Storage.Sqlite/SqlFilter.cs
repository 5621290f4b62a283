using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

/// <summary>Collects WHERE conditions and their parameters, so filters compose without string-built values.</summary>
internal sealed class SqlFilter
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object Value)> _parameters = [];

    public SqlFilter Where(string condition, params (string Name, object Value)[] parameters)
    {
        _conditions.Add(condition);
        _parameters.AddRange(parameters);
        return this;
    }

    public string Sql => _conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _conditions);

    public void Bind(SqliteCommand command)
    {
        foreach (var (name, value) in _parameters)
            command.Parameters.AddWithValue(name, value);
    }
}

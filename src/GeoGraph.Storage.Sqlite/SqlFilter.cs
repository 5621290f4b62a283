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

    /// <summary>A parameter that some other part of the statement uses.</summary>
    public SqlFilter Param(string name, object value)
    {
        _parameters.Add((name, value));
        return this;
    }

    public string Sql => _conditions.Count == 0 ? "" : "WHERE " + Conditions;

    /// <summary>The conditions joined with AND, or a condition that always holds.</summary>
    public string Conditions => _conditions.Count == 0 ? "1" : string.Join(" AND ", _conditions.Select(c => $"({c})"));

    public void Bind(SqliteCommand command)
    {
        foreach (var (name, value) in _parameters)
            command.Parameters.AddWithValue(name, value);
    }
}

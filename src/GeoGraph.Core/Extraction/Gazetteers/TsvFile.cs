namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>Reads the gazetteer's tab-separated files: '#' starts a comment line, '|' separates list items.</summary>
internal static class TsvFile
{
    /// <summary>The rows of <paramref name="path"/>, each padded to at least <paramref name="columns"/> cells.</summary>
    public static IEnumerable<string[]> Read(string path, int columns)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            var cells = line.Split('\t');
            if (cells.Length < columns)
                Array.Resize(ref cells, columns);
            for (var i = 0; i < cells.Length; i++)
                cells[i] = cells[i]?.Trim() ?? string.Empty;
            yield return cells;
        }
    }

    /// <summary>The items of a '|'-separated cell.</summary>
    public static string[] List(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The cell, or <c>null</c> when it is empty.</summary>
    public static string? Optional(string cell) => cell.Length == 0 ? null : cell;
}

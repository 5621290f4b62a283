namespace GeoGraph.Core.Storage;

/// <summary>One page of a list, with where it sits in the whole.</summary>
/// <param name="Offset">How many items come before this page.</param>
/// <param name="TotalCount">How many items the whole list holds.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int TotalCount)
{
    /// <summary>Whether items follow this page.</summary>
    public bool HasNextPage => Offset + Items.Count < TotalCount;

    /// <summary>Whether items come before this page.</summary>
    public bool HasPreviousPage => Offset > 0;

    /// <summary>The cursor of the item at <paramref name="index"/> within the page.</summary>
    public string CursorAt(int index) => Cursor.Encode(Offset + index);
}

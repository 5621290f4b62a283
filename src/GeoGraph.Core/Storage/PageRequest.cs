namespace GeoGraph.Core.Storage;

/// <summary>A request for one page of a list: at most <see cref="First"/> items after a cursor.</summary>
public sealed record PageRequest
{
    /// <summary>Page size when the caller gives none.</summary>
    public const int DefaultSize = 20;

    /// <summary>The largest page anyone may ask for.</summary>
    public const int MaxSize = 100;

    /// <summary>Creates a page request, rejecting sizes outside 0…<see cref="MaxSize"/> and cursors this service did not issue.</summary>
    public PageRequest(int? first = null, string? after = null)
    {
        var size = first ?? DefaultSize;
        if (size is < 0 or > MaxSize)
            throw new InvalidQueryException("PAGE_SIZE", $"first must be between 0 and {MaxSize}; got {size}.");
        First = size;
        Offset = after is null ? 0 : Cursor.Decode(after) + 1;
    }

    /// <summary>How many items the page holds at most.</summary>
    public int First { get; }

    /// <summary>How many items come before the page.</summary>
    public int Offset { get; }

    /// <summary>The first page with the default size.</summary>
    public static PageRequest Default { get; } = new();
}

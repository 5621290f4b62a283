using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GeoGraph.Core.Storage;

/// <summary>Opaque Relay cursors: a position in an ordered list, base64url-encoded.</summary>
public static class Cursor
{
    private const string Prefix = "pos:";

    /// <summary>The cursor of the item at zero-based <paramref name="position"/>.</summary>
    public static string Encode(int position) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position a cursor points at; throws <see cref="InvalidQueryException"/> for anything else.</summary>
    public static int Decode(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
                return position;
        }
        catch (FormatException)
        {
        }
        throw new InvalidQueryException("INVALID_CURSOR", "The cursor was not issued by this service.");
    }
}

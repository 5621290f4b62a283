using System.Globalization;
using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.Results;

/// <summary>Converts decoded Bolt values to the .NET type a caller asks for.</summary>
internal static class ValueConversion
{
    public static T To<T>(object? value)
    {
        if (value is T typed)
        {
            return typed;
        }

        if (value is null)
        {
            return default(T) is null ? default! : throw new InvalidCastException($"Cannot convert null to {typeof(T)}.");
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        object converted = (value, target) switch
        {
            (BoltDate d, _) when target == typeof(DateOnly) => d.ToDateOnly(),
            (BoltLocalTime t, _) when target == typeof(TimeOnly) => t.ToTimeOnly(),
            (BoltTime t, _) when target == typeof(TimeOnly) => t.ToTimeOnly(),
            (BoltDateTime dt, _) when target == typeof(DateTimeOffset) => dt.ToDateTimeOffset(),
            (BoltDateTime dt, _) when target == typeof(DateTime) => dt.ToDateTimeOffset().UtcDateTime,
            (BoltDateTimeZoneId dt, _) when target == typeof(DateTimeOffset) => dt.ToUniversalTime(),
            (BoltLocalDateTime ldt, _) when target == typeof(DateTime) => ldt.ToDateTime(),
            (object?[] list, _) when target.IsArray => ConvertArray(list, target.GetElementType()!),
            (long or double or bool, _) when target.IsPrimitive || target == typeof(decimal) => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            _ => throw new InvalidCastException($"Cannot convert a {value.GetType().Name} to {typeof(T)}."),
        };
        return (T)converted;
    }

    private static Array ConvertArray(object?[] list, Type elementType)
    {
        var method = typeof(ValueConversion).GetMethod(nameof(To))!.MakeGenericMethod(elementType);
        var array = Array.CreateInstance(elementType, list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            array.SetValue(method.Invoke(null, [list[i]]), i);
        }

        return array;
    }
}

using System.Globalization;
using System.Text.Json;
using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>
/// JSON script values as Bolt values (integers as long; JOLT sigils <c>{"Z": "1"}</c>, <c>{"R": "1.5"}</c>,
/// <c>{"U": "s"}</c>, <c>{"#": "0A FF"}</c>, <c>{"()": [id, labels, props, element_id]}</c>), and matching of
/// client fields against patterns (<c>"*"</c> = anything, <c>"[key]"</c> = optional key, <c>{"{}": "*"}</c> = any map).
/// </summary>
public static class ScriptValues
{
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToArray(),
        _ => FromJsonObject(element),
    };

    public static bool Matches(object? pattern, object? actual)
    {
        switch (pattern)
        {
            case "*":
                return true;
            case Dictionary<string, object?> map when map.Count == 1 && map.TryGetValue("{}", out var any) && any is "*":
                return actual is IReadOnlyDictionary<string, object?>;
            case Dictionary<string, object?> map:
                if (actual is not IReadOnlyDictionary<string, object?> actualMap)
                {
                    return false;
                }

                var expectedKeys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (rawKey, value) in map)
                {
                    var optional = rawKey.StartsWith('[') && rawKey.EndsWith(']');
                    var key = optional ? rawKey[1..^1] : rawKey;
                    expectedKeys.Add(key);
                    if (!actualMap.TryGetValue(key, out var actualValue))
                    {
                        if (optional)
                        {
                            continue;
                        }

                        return false;
                    }

                    if (!Matches(value, actualValue))
                    {
                        return false;
                    }
                }

                return actualMap.Keys.All(expectedKeys.Contains);
            case object?[] list:
                return actual is object?[] actualList && list.Length == actualList.Length && list.Zip(actualList).All(p => Matches(p.First, p.Second));
            default:
                return BoltValueEquality.AreEqual(pattern, actual);
        }
    }

    private static object? FromJsonObject(JsonElement element)
    {
        var properties = element.EnumerateObject().ToList();
        if (properties.Count == 1)
        {
            var (name, value) = (properties[0].Name, properties[0].Value);
            switch (name)
            {
                case "Z" when value.GetString() != "*":
                    return long.Parse(value.GetString()!, CultureInfo.InvariantCulture);
                case "R":
                    return double.Parse(value.GetString()!, CultureInfo.InvariantCulture);
                case "U":
                    return value.GetString();
                case "#":
                    return Hex.Parse(value.GetString()!);
                case "()":
                    var parts = value.EnumerateArray().Select(FromJson).ToArray();
                    var labels = ((object?[])parts[1]!).Cast<string>().ToArray();
                    var id = (long)parts[0]!;
                    return new BoltNode(id, labels, (Dictionary<string, object?>)parts[2]!, parts.Length > 3 ? (string)parts[3]! : id.ToString(CultureInfo.InvariantCulture));
                case "Z":
                    return "*";
            }
        }

        return properties.ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal);
    }
}

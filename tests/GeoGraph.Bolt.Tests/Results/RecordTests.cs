using GeoGraph.Bolt.Results;
using GeoGraph.Bolt.Values;
using Record = GeoGraph.Bolt.Results.Record;

namespace GeoGraph.Bolt.Tests.Results;

public sealed class RecordTests
{
    private static readonly Record Row = new(
        new RecordKeys(["n", "name", "born", "at", "tags", "nothing", "when"]),
        [42L, "Kyiv", new BoltDate(19723), new BoltDateTime(4500, 0, 3600), new object?[] { "a", "b" }, null, new BoltLocalDateTime(1, 0)]);

    [Fact]
    public void ReadsValuesByNameAndPosition()
    {
        Assert.Equal(("Kyiv", 42L), (Row["name"], Row[0]));
    }

    [Fact]
    public void NarrowsIntegersWithOverflowChecks()
    {
        Assert.Equal(42, Row.Get<int>("n"));
        Assert.Equal(42.0, Row.Get<double>("n"));
        Assert.Throws<OverflowException>(() => new Record(new RecordKeys(["big"]), [long.MaxValue]).Get<int>("big"));
    }

    [Fact]
    public void ConvertsTemporalValuesToDotNetTypes()
    {
        Assert.Equal(new DateOnly(2024, 1, 1), Row.Get<DateOnly>("born"));
        Assert.Equal(new DateTimeOffset(1970, 1, 1, 2, 15, 0, TimeSpan.FromHours(1)), Row.Get<DateTimeOffset>("at"));
        Assert.Equal(new DateTime(1970, 1, 1, 0, 0, 1), Row.Get<DateTime>("when"));
    }

    [Fact]
    public void ConvertsListsToTypedArrays()
    {
        Assert.Equal(["a", "b"], Row.Get<string[]>("tags"));
    }

    [Fact]
    public void ReturnsNullForNullableTargets()
    {
        Assert.Null(Row.Get<string?>("nothing"));
        Assert.Null(Row.Get<int?>("nothing"));
        Assert.Throws<InvalidCastException>(() => Row.Get<int>("nothing"));
    }

    [Fact]
    public void NamesTheAvailableColumnsWhenOneIsMissing()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Row["missing"]);

        Assert.Contains("name", error.Message, StringComparison.Ordinal);
    }
}

using CsCheck;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.PackStream;

public sealed class PackStreamPropertyTests
{
    [Fact]
    public void DecodingAnEncodedValueGivesItBack()
    {
        BoltValueGen.Value.Sample(value =>
        {
            var decoded = PackStreamCodec.Decode(PackStreamCodec.Encode(value));

            return BoltValueEquality.AreEqual(value, decoded);
        }, iter: 2000);
    }

    [Fact]
    public void EncodedIntegersUseTheSmallestWidth()
    {
        Gen.Long.Sample(value =>
        {
            var length = PackStreamCodec.Encode(value).Length;
            var expected = value switch
            {
                >= -16 and <= 127 => 1,
                >= sbyte.MinValue and <= sbyte.MaxValue => 2,
                >= short.MinValue and <= short.MaxValue => 3,
                >= int.MinValue and <= int.MaxValue => 5,
                _ => 9,
            };
            return length == expected;
        }, iter: 5000);
    }
}

using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.IO;
using GeoGraph.Bolt.Messages;
using GeoGraph.Bolt.PackStream;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.Messages;

public sealed class MessageSpecBytesTests
{
    private static readonly Dictionary<string, object?> Empty = [];

    public static TheoryData<string, string> Requests => new()
    {
        { "RESET", "B0 0F" },
        { "GOODBYE", "B0 02" },
        { "COMMIT", "B0 12" },
        { "ROLLBACK", "B0 13" },
        { "PULL n=1000", "B1 3F A1 81 6E C9 03 E8" },
        { "PULL n=2 qid=0", "B1 3F A2 81 6E 02 83 71 69 64 00" },
        { "DISCARD n=-1 qid=3", "B1 2F A2 81 6E FF 83 71 69 64 03" },
        { "RUN", "B3 10 88 52 45 54 55 52 4E 20 31 A1 81 78 01 A0" },
        { "BEGIN", "B1 11 A1 84 6D 6F 64 65 81 72" },
        { "HELLO", "B1 01 A1 8A 75 73 65 72 5F 61 67 65 6E 74 83 61 2F 31" },
        { "LOGON", "B1 6A A1 86 73 63 68 65 6D 65 84 6E 6F 6E 65" },
        { "ROUTE", "B3 66 A1 87 61 64 64 72 65 73 73 83 78 3A 31 91 82 62 31 A1 82 64 62 85 6E 65 6F 34 6A" },
        { "ROUTE home db", "B3 66 A0 90 A0" },
    };

    public static TheoryData<string, string> Responses => new()
    {
        { "SUCCESS {}", "B1 70 A0" },
        { "SUCCESS has_more", "B1 70 A1 88 68 61 73 5F 6D 6F 72 65 C3" },
        { "RECORD [1, \"a\"]", "B1 71 92 01 81 61" },
        { "IGNORED", "B0 7E" },
        { "FAILURE", "B1 7F A2 84 63 6F 64 65 85 4E 65 6F 2E 58 87 6D 65 73 73 61 67 65 81 6D" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void EncodesRequestsToSpecBytes(string name, string hex)
    {
        using var buffer = new PooledBufferWriter();

        Request(name).Write(new PackStreamWriter(buffer, PackStreamDialect.Bolt5));

        Assert.Equal(Hex.Format(Hex.Parse(hex)), Hex.Format(buffer.WrittenSpan));
    }

    [Theory]
    [MemberData(nameof(Responses))]
    public void DecodesResponsesFromSpecBytes(string name, string hex)
    {
        var message = ResponseMessageReader.Read(new PackStreamReader(Hex.Parse(hex), PackStreamDialect.Bolt5));

        Assert.True(Describe(message) == name, $"{name}: got {Describe(message)}");
    }

    [Theory]
    [InlineData("B1 70 A0 00")]
    [InlineData("B2 70 A0 A0")]
    [InlineData("B1 10 A0")]
    [InlineData("A0")]
    public void RejectsMalformedResponses(string hex)
    {
        Assert.Throws<BoltProtocolException>(() => ResponseMessageReader.Read(new PackStreamReader(Hex.Parse(hex), PackStreamDialect.Bolt5)));
    }

    [Fact]
    public void ReadsTheBolt57CodeBeforeTheLegacyOne()
    {
        var failure = new FailureMessage(new Dictionary<string, object?> { ["neo4j_code"] = "Neo.A.B.C", ["code"] = "Neo.X.Y.Z" });

        Assert.Equal("Neo.A.B.C", failure.Code);
    }

    private static IRequestMessage Request(string name) => name switch
    {
        "RESET" => ResetMessage.Instance,
        "GOODBYE" => GoodbyeMessage.Instance,
        "COMMIT" => CommitMessage.Instance,
        "ROLLBACK" => RollbackMessage.Instance,
        "PULL n=1000" => new PullMessage(1000),
        "PULL n=2 qid=0" => new PullMessage(2, 0),
        "DISCARD n=-1 qid=3" => new DiscardMessage(-1, 3),
        "RUN" => new RunMessage("RETURN 1", new Dictionary<string, object?> { ["x"] = 1L }, Empty),
        "BEGIN" => new BeginMessage(new Dictionary<string, object?> { ["mode"] = "r" }),
        "HELLO" => new HelloMessage(new Dictionary<string, object?> { ["user_agent"] = "a/1" }),
        "LOGON" => new LogonMessage(new Dictionary<string, object?> { ["scheme"] = "none" }),
        "ROUTE" => new RouteMessage(new Dictionary<string, object?> { ["address"] = "x:1" }, ["b1"], "neo4j"),
        "ROUTE home db" => new RouteMessage(Empty, [], null),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Describe(IResponseMessage message) => message switch
    {
        SuccessMessage { Metadata.Count: 0 } => "SUCCESS {}",
        SuccessMessage { HasMore: true } => "SUCCESS has_more",
        RecordMessage record => $"RECORD [{string.Join(", ", record.Values.Select(v => v is string s ? $"\"{s}\"" : v))}]",
        IgnoredMessage => "IGNORED",
        FailureMessage { Code: "Neo.X", Message: "m" } => "FAILURE",
        _ => message.Name,
    };
}

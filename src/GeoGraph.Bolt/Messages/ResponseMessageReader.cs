using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>Decodes one whole server message; anything but the four response messages is a protocol error.</summary>
internal static class ResponseMessageReader
{
    public static IResponseMessage Read(PackStreamReader reader)
    {
        var (signature, fields) = reader.ReadStructureHeader();
        IResponseMessage message = (signature, fields) switch
        {
            (MessageSignature.Record, 1) => new RecordMessage(reader.ReadList()),
            (MessageSignature.Success, 1) => new SuccessMessage(reader.ReadMap()),
            (MessageSignature.Failure, 1) => new FailureMessage(reader.ReadMap()),
            (MessageSignature.Ignored, 0) => IgnoredMessage.Instance,
            _ => throw new BoltProtocolException($"Unexpected message 0x{signature:X2} with {fields} fields from the server."),
        };

        if (reader.Remaining != 0)
        {
            throw new BoltProtocolException($"{reader.Remaining} stray bytes after a {message.Name} message.");
        }

        return message;
    }
}

using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>The <c>{n, qid}</c> map shared by PULL and DISCARD; qid −1 (the default) is left out.</summary>
internal static class StreamWindow
{
    public static void Write(PackStreamWriter writer, long n, long qid)
    {
        writer.WriteMapHeader(qid == -1 ? 1 : 2);
        writer.WriteString("n");
        writer.WriteInteger(n);
        if (qid != -1)
        {
            writer.WriteString("qid");
            writer.WriteInteger(qid);
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>
/// A scripted conversation in the testkit stub-script style: <c>!:</c> header lines
/// (<c>BOLT 5.4</c>, <c>HANDSHAKE 00 00 04 04</c>, <c>MANIFEST</c>, <c>ALLOW RESTART</c>, <c>AUTO RESET</c>),
/// then <c>C:</c>/<c>S:</c>/<c>A:</c>/<c>?:</c>/<c>*:</c> lines whose fields are JSON values;
/// an indented line without prefix continues the previous kind.
/// </summary>
public sealed record BoltScript(
    (int Major, int Minor) Version,
    byte[]? HandshakeReply,
    bool Manifest,
    bool AllowRestart,
    IReadOnlySet<string> Auto,
    IReadOnlyList<ScriptLine> Lines)
{
    public static BoltScript Parse(string text)
    {
        var version = (5, 4);
        byte[]? handshake = null;
        bool manifest = false, restart = false;
        var auto = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<ScriptLine>();
        ScriptLineKind? previous = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith("!:", StringComparison.Ordinal))
            {
                var header = trimmed[2..].Trim();
                var word = header.Split(' ', 2);
                switch (word[0])
                {
                    case "BOLT":
                        var parts = word[1].Split('.');
                        version = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
                        break;
                    case "HANDSHAKE":
                        handshake = Hex.Parse(word[1]);
                        break;
                    case "MANIFEST":
                        manifest = true;
                        break;
                    case "ALLOW":
                        restart = true;
                        break;
                    case "AUTO":
                        auto.Add(word[1].Trim());
                        break;
                    default:
                        throw new FormatException($"Unknown header line: {trimmed}");
                }

                continue;
            }

            ScriptLineKind kind;
            string body;
            if (trimmed.Length > 2 && trimmed[1] == ':' && "CSA?*".Contains(trimmed[0], StringComparison.Ordinal))
            {
                kind = trimmed[0] switch
                {
                    'C' => ScriptLineKind.Client,
                    'S' => ScriptLineKind.Server,
                    'A' => ScriptLineKind.AutoReply,
                    '?' => ScriptLineKind.Optional,
                    _ => ScriptLineKind.Repeated,
                };
                body = trimmed[2..].Trim();
            }
            else
            {
                kind = previous ?? throw new FormatException($"A continuation line needs a previous line: {trimmed}");
                body = trimmed;
            }

            previous = kind;
            lines.Add(ParseLine(kind, body));
        }

        return new BoltScript(version, handshake, manifest, restart, auto, lines);
    }

    private static ScriptLine ParseLine(ScriptLineKind kind, string body)
    {
        var space = body.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? body : body[..space];
        var rest = space < 0 ? string.Empty : body[(space + 1)..].Trim();
        if (name.StartsWith('<'))
        {
            return new ScriptLine(kind, name, rest.Length == 0 ? [] : [rest], body);
        }

        var fields = new List<object?>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(rest), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            fields.Add(ScriptValues.FromJson(document.RootElement));
        }

        return new ScriptLine(kind, name, fields, body);
    }
}

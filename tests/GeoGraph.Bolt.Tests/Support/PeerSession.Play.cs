using System.Globalization;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Walking the script: expect client lines (skipping optional ones that do not match), perform server lines.</summary>
internal sealed partial class PeerSession
{
    private async Task PlayAsync(CancellationToken cancellationToken)
    {
        var index = 0;
        var lines = script.Lines;
        while (true)
        {
            if (index < lines.Count && !lines[index].IsClientSide)
            {
                if (!await PerformAsync(lines[index], cancellationToken))
                {
                    return;
                }

                index++;
                continue;
            }

            var message = await ReadClientMessageAsync(cancellationToken);
            if (message is null)
            {
                var missing = lines.Skip(index).FirstOrDefault(l => !l.IsOptional);
                if (missing is not null)
                {
                    peer.Fail($"Connection #{number}: the client closed while the script expected '{missing.Text}'.");
                }

                return;
            }

            var (name, fields) = message.Value;
            while (true)
            {
                if (index >= lines.Count || !lines[index].IsClientSide)
                {
                    if (name == "GOODBYE" || script.Auto.Contains(name))
                    {
                        await AutoReplyAsync(name, name == "GOODBYE", cancellationToken);
                        break;
                    }

                    peer.Fail($"Connection #{number}: unexpected {name} {string.Join(" ", fields.Select(BoltValueEquality.Describe))} at script line {index + 1} ({(index < lines.Count ? lines[index].Text : "end of script")}).");
                    return;
                }

                var line = lines[index];
                var matches = line.Name == name && line.Fields.Count == fields.Length && line.Fields.Zip(fields).All(p => ScriptValues.Matches(p.First, p.Second));
                if (matches)
                {
                    if (line.Kind != ScriptLineKind.Client)
                    {
                        await AutoReplyAsync(name, name == "GOODBYE", cancellationToken);
                    }

                    if (line.Kind != ScriptLineKind.Repeated)
                    {
                        index++;
                    }

                    break;
                }

                if (line.IsOptional)
                {
                    index++;
                    continue;
                }

                if (script.Auto.Contains(name))
                {
                    await AutoReplyAsync(name, false, cancellationToken);
                    break;
                }

                peer.Fail($"Connection #{number}: expected '{line.Text}' but got {name} {string.Join(" ", fields.Select(BoltValueEquality.Describe))}.");
                return;
            }
        }
    }

    private async Task AutoReplyAsync(string name, bool silent, CancellationToken cancellationToken)
    {
        if (silent)
        {
            return;
        }

        var metadata = name == "HELLO"
            ? new Dictionary<string, object?> { ["server"] = "Neo4j/5.26.0", ["connection_id"] = $"bolt-{number}" }
            : new Dictionary<string, object?>();
        await SendAsync("SUCCESS", [metadata], cancellationToken);
    }

    /// <returns>False when the line ends the conversation (&lt;EXIT&gt;).</returns>
    private async Task<bool> PerformAsync(ScriptLine line, CancellationToken cancellationToken)
    {
        switch (line.Name)
        {
            case "<EXIT>":
                return false;
            case "<NOOP>":
                _output.WriteUInt16(0);
                await _output.FlushAsync(cancellationToken);
                return true;
            case "<RAW>":
                _output.Write(Hex.Parse((string)line.Fields[0]!));
                await _output.FlushAsync(cancellationToken);
                return true;
            case "<SLEEP>":
                await Task.Delay(TimeSpan.FromSeconds(double.Parse((string)line.Fields[0]!, CultureInfo.InvariantCulture)), cancellationToken);
                return true;
            default:
                await SendAsync(line.Name, line.Fields, cancellationToken);
                return true;
        }
    }
}

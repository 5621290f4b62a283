namespace GeoGraph.Bolt.Messages;

/// <summary>SUCCESS <c>70</c>: the request completed; the metadata keys depend on the request.</summary>
internal sealed record SuccessMessage(IReadOnlyDictionary<string, object?> Metadata) : IResponseMessage
{
    public string Name => "SUCCESS";

    /// <summary>PULL/DISCARD: the stream still has records.</summary>
    public bool HasMore => Metadata.TryGetValue("has_more", out var value) && value is true;

    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>RUN: the column names.</summary>
    public IReadOnlyList<string> Fields => Metadata.TryGetValue("fields", out var value) && value is object?[] items
        ? Array.ConvertAll(items, item => item as string ?? string.Empty)
        : [];
}

namespace LiveScore.Lambda.Http;

/// <summary>The parts of an HTTP request that API logic needs, free of any event format.</summary>
public sealed record HttpRequestData(string Method, string Path, IReadOnlyDictionary<string, string> Query, ReadOnlyMemory<byte> Body)
{
    /// <summary>Request headers; names compare case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>An HTTP answer with a JSON body (or none).</summary>
public sealed record HttpResult(int StatusCode, byte[] Body, string? ContentType)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static HttpResult NoContent() => new(204, [], null);
}

namespace LiveScore.Lambda.Http;

/// <summary>The parts of an HTTP request that API logic needs, free of any event format.</summary>
/// <param name="Method">The HTTP method, such as <c>POST</c>.</param>
/// <param name="Path">The request path, such as <c>/players/42</c>.</param>
/// <param name="Query">Query parameters; a repeated name has its values comma-joined.</param>
/// <param name="Body">The body as the client sent it; empty when there is none.</param>
public sealed record HttpRequestData(string Method, string Path, IReadOnlyDictionary<string, string> Query, ReadOnlyMemory<byte> Body)
{
    /// <summary>Request headers; names compare case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The signed-in caller's user id (the <c>sub</c> claim of the token API Gateway's JWT authorizer checked) on a route
    /// with <see cref="Catalog.RouteAuthorization.Customer"/>; null on other routes.
    /// </summary>
    public string? UserId { get; init; }

    /// <summary>The header's value whatever the case of <paramref name="name"/>, or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>An HTTP answer with a JSON body (or none).</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Body">The body; empty for none.</param>
/// <param name="ContentType">The <c>content-type</c> header; null when there is no body.</param>
public sealed record HttpResult(int StatusCode, byte[] Body, string? ContentType)
{
    /// <summary>Further response headers, such as <c>Allow</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>204 No Content: no body and no content type.</summary>
    public static HttpResult NoContent() => new(204, [], null);
}

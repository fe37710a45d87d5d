using System.Collections.ObjectModel;
using System.Net;
using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// An API Gateway HTTP API request in Lambda payload format 2.0.
/// </summary>
/// <remarks>
/// Format 2.0 has no multi-value fields: repeated query parameters arrive comma-joined in
/// <see cref="QueryStringParameters"/> (<c>a=1&amp;a=2</c> becomes <c>"1,2"</c>), which cannot be told apart
/// from one value that contains a comma. Use <see cref="QueryValues"/> to get each value as sent.
/// Repeated headers are comma-joined the same way; all header names are lower case.
/// </remarks>
public sealed record HttpApiRequest
{
    /// <summary>The payload format version, <c>2.0</c>.</summary>
    [JsonPropertyName("version")]
    public string Version { get; set; } = "2.0";

    /// <summary>The route key that matched, such as <c>POST /players</c>, or <c>$default</c>.</summary>
    [JsonPropertyName("routeKey")]
    public string RouteKey { get; set; } = "";

    /// <summary>The request path, such as <c>/players/42</c>.</summary>
    [JsonPropertyName("rawPath")]
    public string RawPath { get; set; } = "";

    /// <summary>The query string as sent, without the leading <c>?</c>; empty when there is none.</summary>
    [JsonPropertyName("rawQueryString")]
    public string RawQueryString { get; set; } = "";

    /// <summary>Request cookies, one <c>name=value</c> per entry; the Cookie header itself is not repeated in <see cref="Headers"/>.</summary>
    [JsonPropertyName("cookies")]
    public IReadOnlyList<string>? Cookies { get; set; }

    /// <summary>Request headers with lower-case names; repeated headers are comma-joined.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string> Headers { get; set; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Decoded query parameters; repeated names are comma-joined (see <see cref="QueryValues"/>).</summary>
    [JsonPropertyName("queryStringParameters")]
    public IReadOnlyDictionary<string, string>? QueryStringParameters { get; set; }

    /// <summary>Values of the route's path parameters, such as <c>id</c> for <c>/players/{id}</c>; null when there are none.</summary>
    [JsonPropertyName("pathParameters")]
    public IReadOnlyDictionary<string, string>? PathParameters { get; set; }

    /// <summary>The stage's stage variables; null when it has none.</summary>
    [JsonPropertyName("stageVariables")]
    public IReadOnlyDictionary<string, string>? StageVariables { get; set; }

    /// <summary>What API Gateway adds about the request: account, API, stage, route, request id and caller.</summary>
    [JsonPropertyName("requestContext")]
    public HttpApiRequestContext RequestContext { get; set; } = new();

    /// <summary>The body: the text itself, or base64 when <see cref="IsBase64Encoded"/>; null when there is none.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>True when API Gateway base64-encoded <see cref="Body"/> (binary or non-text content types).</summary>
    [JsonPropertyName("isBase64Encoded")]
    public bool IsBase64Encoded { get; set; }

    /// <summary>The header's value whatever the case of <paramref name="name"/>, or null when absent.</summary>
    public string? Header(string name) => HeaderLookup.Find(Headers, name);

    /// <summary>The body as sent by the client: base64-decoded when API Gateway encoded it, UTF-8 otherwise.</summary>
    public byte[] BodyBytes() => EventBody.Decode(Body, IsBase64Encoded);

    /// <summary>
    /// Every value of the query parameter <paramref name="name"/>, in order, read from <see cref="RawQueryString"/>
    /// with percent escapes decoded and <c>+</c> read as a space (as HTML forms encode it).
    /// Unlike <see cref="QueryStringParameters"/>, a value that contains a comma stays one value.
    /// </summary>
    public IReadOnlyList<string> QueryValues(string name)
    {
        var values = new List<string>();
        foreach (var pair in RawQueryString.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=');
            var key = separator < 0 ? pair : pair[..separator];
            if (WebUtility.UrlDecode(key) == name)
            {
                values.Add(separator < 0 ? "" : WebUtility.UrlDecode(pair[(separator + 1)..]));
            }
        }
        return values;
    }
}

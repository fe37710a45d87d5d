using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// The response a function returns to an HTTP API (payload format 2.0). Each entry of <see cref="Cookies"/>
/// becomes its own Set-Cookie header; headers are single-valued (join repeated values with commas).
/// </summary>
public sealed record HttpApiResponse
{
    /// <summary>The HTTP status code the client receives.</summary>
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; set; }

    /// <summary>Response headers, one value each; null for none.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string>? Headers { get; set; }

    /// <summary>Cookies to set, each a whole Set-Cookie value such as <c>id=1; Secure; HttpOnly</c>.</summary>
    [JsonPropertyName("cookies")]
    public IReadOnlyList<string>? Cookies { get; set; }

    /// <summary>The body: text, or base64 when <see cref="IsBase64Encoded"/>; null for none.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>True when <see cref="Body"/> is base64 for API Gateway to decode.</summary>
    [JsonPropertyName("isBase64Encoded")]
    public bool IsBase64Encoded { get; set; }

    /// <summary>A text response whose body is already-serialized JSON (also fits <c>application/problem+json</c>).</summary>
    public static HttpApiResponse Json(int statusCode, string json, string contentType = "application/json") => new()
    {
        StatusCode = statusCode,
        Headers = new Dictionary<string, string> { ["content-type"] = contentType },
        Body = json,
    };

    /// <summary>A binary response; API Gateway decodes the base64 body before it reaches the client.</summary>
    public static HttpApiResponse Binary(int statusCode, ReadOnlySpan<byte> body, string contentType) => new()
    {
        StatusCode = statusCode,
        Headers = new Dictionary<string, string> { ["content-type"] = contentType },
        Body = Convert.ToBase64String(body),
        IsBase64Encoded = true,
    };

    /// <summary>The bytes the client receives as the response body.</summary>
    public byte[] BodyBytes() => EventBody.Decode(Body, IsBase64Encoded);
}

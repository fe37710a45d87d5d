using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// The response a function returns to an HTTP API (payload format 2.0). Each entry of <see cref="Cookies"/>
/// becomes its own Set-Cookie header; headers are single-valued (join repeated values with commas).
/// </summary>
public sealed record HttpApiResponse
{
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; set; }

    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string>? Headers { get; set; }

    [JsonPropertyName("cookies")]
    public IReadOnlyList<string>? Cookies { get; set; }

    [JsonPropertyName("body")]
    public string? Body { get; set; }

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

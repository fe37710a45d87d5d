using System.Text.Json.Serialization;

namespace Arena.Functions.Hosting.Events;

/// <summary>The <c>requestContext.http</c> block of an HTTP API payload format 2.0 request.</summary>
public sealed record HttpApiHttpDetails
{
    [JsonPropertyName("method")]
    public string Method { get; init; } = "";

    [JsonPropertyName("path")]
    public string Path { get; init; } = "";

    [JsonPropertyName("protocol")]
    public string Protocol { get; init; } = "";

    [JsonPropertyName("sourceIp")]
    public string SourceIp { get; init; } = "";

    [JsonPropertyName("userAgent")]
    public string UserAgent { get; init; } = "";
}

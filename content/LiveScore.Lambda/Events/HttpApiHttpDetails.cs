using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>The <c>requestContext.http</c> block of an HTTP API payload format 2.0 request.</summary>
public sealed record HttpApiHttpDetails
{
    [JsonPropertyName("method")]
    public string Method { get; set; } = "";

    [JsonPropertyName("path")]
    public string Path { get; set; } = "";

    [JsonPropertyName("protocol")]
    public string Protocol { get; set; } = "";

    [JsonPropertyName("sourceIp")]
    public string SourceIp { get; set; } = "";

    [JsonPropertyName("userAgent")]
    public string UserAgent { get; set; } = "";
}

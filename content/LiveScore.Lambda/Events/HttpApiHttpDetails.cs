using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>The <c>requestContext.http</c> block of an HTTP API payload format 2.0 request.</summary>
public sealed record HttpApiHttpDetails
{
    /// <summary>The HTTP method, such as <c>POST</c>.</summary>
    [JsonPropertyName("method")]
    public string Method { get; set; } = "";

    /// <summary>The request path, such as <c>/players/42</c>.</summary>
    [JsonPropertyName("path")]
    public string Path { get; set; } = "";

    /// <summary>The protocol and version, such as <c>HTTP/1.1</c>.</summary>
    [JsonPropertyName("protocol")]
    public string Protocol { get; set; } = "";

    /// <summary>The IP address of the client that connected to API Gateway.</summary>
    [JsonPropertyName("sourceIp")]
    public string SourceIp { get; set; } = "";

    /// <summary>The client's <c>User-Agent</c> header.</summary>
    [JsonPropertyName("userAgent")]
    public string UserAgent { get; set; } = "";
}

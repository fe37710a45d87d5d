using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// The caller fields of a WebSocket event's <c>requestContext.identity</c> that this app reads; the
/// IAM and Cognito fields there are null unless the <c>$connect</c> route uses IAM authorization.
/// </summary>
public sealed record WebSocketIdentity
{
    /// <summary>The IP address of the client.</summary>
    [JsonPropertyName("sourceIp")]
    public string? SourceIp { get; set; }

    /// <summary>The client's <c>User-Agent</c> header, when it sent one.</summary>
    [JsonPropertyName("userAgent")]
    public string? UserAgent { get; set; }
}

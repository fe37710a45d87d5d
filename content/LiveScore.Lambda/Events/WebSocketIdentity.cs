using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// The caller fields of a WebSocket event's <c>requestContext.identity</c> that this app reads; the
/// IAM and Cognito fields there are null unless the <c>$connect</c> route uses IAM authorization.
/// </summary>
public sealed record WebSocketIdentity
{
    [JsonPropertyName("sourceIp")]
    public string? SourceIp { get; set; }

    [JsonPropertyName("userAgent")]
    public string? UserAgent { get; set; }
}

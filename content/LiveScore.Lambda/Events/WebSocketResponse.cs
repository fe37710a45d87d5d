using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// What a WebSocket route's function returns. On <c>$connect</c> a non-2xx status refuses the connection;
/// a body reaches the client only on routes that have a route response.
/// </summary>
public sealed record WebSocketResponse
{
    /// <summary>The HTTP status; on <c>$connect</c>, anything but 2xx refuses the connection.</summary>
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; set; }

    /// <summary>Sent with the upgrade response of <c>$connect</c>, e.g. the chosen <c>Sec-WebSocket-Protocol</c>.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string>? Headers { get; set; }

    /// <summary>Sent to the client only on routes that have a route response.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }
}

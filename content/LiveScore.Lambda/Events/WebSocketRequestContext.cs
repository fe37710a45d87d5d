using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>The <c>requestContext</c> of an API Gateway WebSocket API event.</summary>
public sealed record WebSocketRequestContext
{
    /// <summary><c>$connect</c>, <c>$disconnect</c>, <c>$default</c> or a custom route key.</summary>
    [JsonPropertyName("routeKey")]
    public string RouteKey { get; set; } = "";

    /// <summary>Whether the event is a connect, a disconnect or a message.</summary>
    [JsonPropertyName("eventType")]
    public WebSocketEventType EventType { get; set; }

    /// <summary>The id to post to through the <c>@connections</c> API.</summary>
    [JsonPropertyName("connectionId")]
    public string ConnectionId { get; set; } = "";

    /// <summary>The API's host name, such as <c>abc123.execute-api.eu-west-1.amazonaws.com</c>.</summary>
    [JsonPropertyName("domainName")]
    public string DomainName { get; set; } = "";

    /// <summary>The stage name, such as <c>prod</c>.</summary>
    [JsonPropertyName("stage")]
    public string Stage { get; set; } = "";

    /// <summary>API Gateway's id of the WebSocket API.</summary>
    [JsonPropertyName("apiId")]
    public string ApiId { get; set; } = "";

    /// <summary>API Gateway's id of this event; not the Lambda request id.</summary>
    [JsonPropertyName("requestId")]
    public string RequestId { get; set; } = "";

    /// <summary>API Gateway's extended id of this event, as its access logs name it.</summary>
    [JsonPropertyName("extendedRequestId")]
    public string? ExtendedRequestId { get; set; }

    /// <summary>Request time in common log format, e.g. <c>15/Jan/2025:10:00:00 +0000</c>.</summary>
    [JsonPropertyName("requestTime")]
    public string? RequestTime { get; set; }

    /// <summary>Milliseconds since the Unix epoch at which the connection was opened.</summary>
    [JsonPropertyName("connectedAt")]
    public long ConnectedAt { get; set; }

    /// <summary>Milliseconds since the Unix epoch at which this event was received.</summary>
    [JsonPropertyName("requestTimeEpoch")]
    public long RequestTimeEpoch { get; set; }

    /// <summary>Always <c>IN</c> for events a function receives.</summary>
    [JsonPropertyName("messageDirection")]
    public string? MessageDirection { get; set; }

    /// <summary>Set on <see cref="WebSocketEventType.Message"/> events only.</summary>
    [JsonPropertyName("messageId")]
    public string? MessageId { get; set; }

    /// <summary>The WebSocket close code; set on <see cref="WebSocketEventType.Disconnect"/> events only.</summary>
    [JsonPropertyName("disconnectStatusCode")]
    public int? DisconnectStatusCode { get; set; }

    /// <summary>Why the connection closed, in API Gateway's words; set on disconnect events only.</summary>
    [JsonPropertyName("disconnectReason")]
    public string? DisconnectReason { get; set; }

    /// <summary>The caller's IP address and user agent.</summary>
    [JsonPropertyName("identity")]
    public WebSocketIdentity? Identity { get; set; }

    /// <summary>What a <c>$connect</c> authorizer returned as context, kept as raw JSON.</summary>
    [JsonPropertyName("authorizer")]
    public JsonElement? Authorizer { get; set; }

    /// <summary>A text value of the authorizer's context (or <c>principalId</c>); null when there is none.</summary>
    public string? AuthorizerValue(string name) =>
        Authorizer is { ValueKind: JsonValueKind.Object } authorizer && authorizer.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

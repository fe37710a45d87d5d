using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>The kind of WebSocket event a function receives (<c>requestContext.eventType</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WebSocketEventType>))]
public enum WebSocketEventType
{
    /// <summary>A client is opening a connection (the <c>$connect</c> route).</summary>
    [JsonStringEnumMemberName("CONNECT")]
    Connect,

    /// <summary>A connection has closed (the <c>$disconnect</c> route).</summary>
    [JsonStringEnumMemberName("DISCONNECT")]
    Disconnect,

    /// <summary>A client sent a message on an open connection.</summary>
    [JsonStringEnumMemberName("MESSAGE")]
    Message,
}

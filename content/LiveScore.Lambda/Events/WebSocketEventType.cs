using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

[JsonConverter(typeof(JsonStringEnumConverter<WebSocketEventType>))]
public enum WebSocketEventType
{
    [JsonStringEnumMemberName("CONNECT")]
    Connect,

    [JsonStringEnumMemberName("DISCONNECT")]
    Disconnect,

    [JsonStringEnumMemberName("MESSAGE")]
    Message,
}

using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

[JsonConverter(typeof(JsonStringEnumConverter<StreamEventName>))]
public enum StreamEventName
{
    [JsonStringEnumMemberName("INSERT")]
    Insert,

    [JsonStringEnumMemberName("MODIFY")]
    Modify,

    [JsonStringEnumMemberName("REMOVE")]
    Remove,
}

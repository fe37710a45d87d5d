using System.Text.Json.Serialization;

namespace LiveScore._1.Functions.Hosting.Events;

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

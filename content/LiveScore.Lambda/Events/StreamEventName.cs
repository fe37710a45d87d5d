using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>The kind of change a stream record describes (<c>eventName</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StreamEventName>))]
public enum StreamEventName
{
    /// <summary>A new item was written (<c>INSERT</c>).</summary>
    [JsonStringEnumMemberName("INSERT")]
    Insert,

    /// <summary>An existing item was changed (<c>MODIFY</c>).</summary>
    [JsonStringEnumMemberName("MODIFY")]
    Modify,

    /// <summary>An item was deleted, by a request or by time to live (<c>REMOVE</c>).</summary>
    [JsonStringEnumMemberName("REMOVE")]
    Remove,
}

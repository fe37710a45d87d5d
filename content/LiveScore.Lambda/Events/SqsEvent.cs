using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>A batch of SQS messages delivered to a function by an event source mapping.</summary>
public sealed record SqsEvent
{
    [JsonPropertyName("Records")]
    public IReadOnlyList<SqsMessage> Records { get; set; } = [];
}

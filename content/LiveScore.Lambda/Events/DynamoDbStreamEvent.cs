using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>A batch of DynamoDB Streams records delivered to a function by an event source mapping.</summary>
public sealed record DynamoDbStreamEvent
{
    /// <summary>The batch's records, from one shard of the stream, in stream order.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<DynamoDbStreamRecord> Records { get; set; } = [];
}

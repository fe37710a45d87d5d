using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>One change to one item. Report a failure for it with its <see cref="StreamRecordData.SequenceNumber"/>.</summary>
public sealed record DynamoDbStreamRecord
{
    [JsonPropertyName("eventID")]
    public string EventId { get; set; } = "";

    [JsonPropertyName("eventName")]
    public StreamEventName EventName { get; set; }

    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; set; } = "";

    /// <summary>Always <c>aws:dynamodb</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; set; } = "";

    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; set; } = "";

    /// <summary>The stream's ARN; DynamoDB Local uses the region <c>ddblocal</c> in it.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; set; } = "";

    [JsonPropertyName("dynamodb")]
    public StreamRecordData Dynamodb { get; set; } = new();

    /// <summary>Set only when DynamoDB itself made the change, i.e. a time-to-live deletion.</summary>
    [JsonPropertyName("userIdentity")]
    public StreamUserIdentity? UserIdentity { get; set; }
}

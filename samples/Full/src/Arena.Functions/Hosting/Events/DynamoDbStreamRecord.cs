using System.Text.Json.Serialization;

namespace Arena.Functions.Hosting.Events;

/// <summary>One change to one item. Report a failure for it with its <see cref="StreamRecordData.SequenceNumber"/>.</summary>
public sealed record DynamoDbStreamRecord
{
    [JsonPropertyName("eventID")]
    public string EventId { get; init; } = "";

    [JsonPropertyName("eventName")]
    public StreamEventName EventName { get; init; }

    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; init; } = "";

    /// <summary>Always <c>aws:dynamodb</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; init; } = "";

    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; init; } = "";

    /// <summary>The stream's ARN; DynamoDB Local uses the region <c>ddblocal</c> in it.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; init; } = "";

    [JsonPropertyName("dynamodb")]
    public StreamRecordData Dynamodb { get; init; } = new();

    /// <summary>Set only when DynamoDB itself made the change, i.e. a time-to-live deletion.</summary>
    [JsonPropertyName("userIdentity")]
    public StreamUserIdentity? UserIdentity { get; init; }
}

using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>One change to one item. Report a failure for it with its <see cref="StreamRecordData.SequenceNumber"/>.</summary>
public sealed record DynamoDbStreamRecord
{
    /// <summary>A unique id of this stream record.</summary>
    [JsonPropertyName("eventID")]
    public string EventId { get; set; } = "";

    /// <summary>Whether the item was inserted, modified or removed.</summary>
    [JsonPropertyName("eventName")]
    public StreamEventName EventName { get; set; }

    /// <summary>The version of the stream record format, such as <c>1.1</c>.</summary>
    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; set; } = "";

    /// <summary>Always <c>aws:dynamodb</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; set; } = "";

    /// <summary>The region of the table, such as <c>eu-west-1</c>.</summary>
    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; set; } = "";

    /// <summary>The stream's ARN; DynamoDB Local uses the region <c>ddblocal</c> in it.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; set; } = "";

    /// <summary>The change itself: keys, item images, sequence number and size.</summary>
    [JsonPropertyName("dynamodb")]
    public StreamRecordData Dynamodb { get; set; } = new();

    /// <summary>Set only when DynamoDB itself made the change, i.e. a time-to-live deletion.</summary>
    [JsonPropertyName("userIdentity")]
    public StreamUserIdentity? UserIdentity { get; set; }
}

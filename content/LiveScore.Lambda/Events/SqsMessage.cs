using System.Collections.ObjectModel;
using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>One SQS message. Report a failure for it with its <see cref="MessageId"/>.</summary>
public sealed record SqsMessage
{
    [JsonPropertyName("messageId")]
    public string MessageId { get; set; } = "";

    [JsonPropertyName("receiptHandle")]
    public string ReceiptHandle { get; set; } = "";

    [JsonPropertyName("body")]
    public string Body { get; set; } = "";

    /// <summary>
    /// System attributes, all string-valued: ApproximateReceiveCount (above 1 means redelivery), SentTimestamp
    /// and ApproximateFirstReceiveTimestamp (epoch milliseconds), SenderId, AWSTraceHeader, and on FIFO queues
    /// MessageGroupId, MessageDeduplicationId and SequenceNumber.
    /// </summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, string> Attributes { get; set; } = ReadOnlyDictionary<string, string>.Empty;

    [JsonPropertyName("messageAttributes")]
    public IReadOnlyDictionary<string, SqsMessageAttribute> MessageAttributes { get; set; } = ReadOnlyDictionary<string, SqsMessageAttribute>.Empty;

    /// <summary>Hex MD5 of the UTF-8 body.</summary>
    [JsonPropertyName("md5OfBody")]
    public string Md5OfBody { get; set; } = "";

    [JsonPropertyName("md5OfMessageAttributes")]
    public string? Md5OfMessageAttributes { get; set; }

    /// <summary>Always <c>aws:sqs</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; set; } = "";

    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; set; } = "";

    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; set; } = "";
}

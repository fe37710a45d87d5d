using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>A batch of SQS messages, as an SQS event source mapping invokes a function with it.</summary>
public sealed record SqsEvent
{
    /// <summary>The messages of the batch, up to the mapping's batch size.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<SqsMessage> Records { get; set; } = [];
}

/// <summary>One SQS message of an <see cref="SqsEvent"/>.</summary>
public sealed record SqsMessage
{
    /// <summary>SQS's id of the message; the item identifier of a partial batch failure.</summary>
    [JsonPropertyName("messageId")]
    public string MessageId { get; set; } = "";

    /// <summary>The handle of this receive of the message.</summary>
    [JsonPropertyName("receiptHandle")]
    public string ReceiptHandle { get; set; } = "";

    /// <summary>The message body as sent.</summary>
    [JsonPropertyName("body")]
    public string Body { get; set; } = "";

    /// <summary>System attributes: <c>ApproximateReceiveCount</c>, <c>SentTimestamp</c> (epoch milliseconds), <c>SenderId</c>, ...</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, string> Attributes { get; set; } = new Dictionary<string, string>();

    /// <summary>The message attributes the sender set, by name.</summary>
    [JsonPropertyName("messageAttributes")]
    public IReadOnlyDictionary<string, SqsMessageAttribute> MessageAttributes { get; set; } = new Dictionary<string, SqsMessageAttribute>();

    /// <summary>The MD5 of the body, hex.</summary>
    [JsonPropertyName("md5OfBody")]
    public string? Md5OfBody { get; set; }

    /// <summary>Always <c>aws:sqs</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string? EventSource { get; set; }

    /// <summary>The ARN of the queue the message came from.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string? EventSourceArn { get; set; }

    /// <summary>The queue's region.</summary>
    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; set; }

    /// <summary>How many times the message has been received, this time included (1 on the first delivery).</summary>
    [JsonIgnore]
    public int ReceiveCount => Attributes.TryGetValue("ApproximateReceiveCount", out var count) && int.TryParse(count, out var n) ? n : 1;
}

/// <summary>A message attribute as the SQS event carries it: a string or binary value and its data type.</summary>
public sealed record SqsMessageAttribute
{
    /// <summary>The value of a <c>String</c> or <c>Number</c> attribute.</summary>
    [JsonPropertyName("stringValue")]
    public string? StringValue { get; set; }

    /// <summary>The base64 value of a <c>Binary</c> attribute.</summary>
    [JsonPropertyName("binaryValue")]
    public string? BinaryValue { get; set; }

    /// <summary>Reserved by SQS; always empty.</summary>
    [JsonPropertyName("stringListValues")]
    public IReadOnlyList<string> StringListValues { get; set; } = [];

    /// <summary>Reserved by SQS; always empty.</summary>
    [JsonPropertyName("binaryListValues")]
    public IReadOnlyList<string> BinaryListValues { get; set; } = [];

    /// <summary><c>String</c>, <c>Number</c> or <c>Binary</c>, with an optional custom suffix.</summary>
    [JsonPropertyName("dataType")]
    public string DataType { get; set; } = "String";
}

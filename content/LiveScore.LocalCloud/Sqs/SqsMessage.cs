namespace LiveScore.LocalCloud.Sqs;

/// <summary>
/// A message in a queue. It is delayed or in flight while <see cref="VisibleAt"/> is ahead (in flight once received),
/// visible after; only the <see cref="ReceiptHandle"/> of its latest receive can delete it or change its visibility.
/// </summary>
internal sealed class SqsMessage(string id, string body, IReadOnlyDictionary<string, SqsMessageAttribute> attributes, DateTimeOffset sentAt)
{
    public string Id { get; } = id;
    public string Body { get; } = body;
    public string Md5OfBody { get; } = SqsMessageDigest.OfBody(body);
    public IReadOnlyDictionary<string, SqsMessageAttribute> Attributes { get; } = attributes;
    public DateTimeOffset SentAt { get; } = sentAt;
    public DateTimeOffset VisibleAt { get; set; } = sentAt;
    public int ReceiveCount { get; set; }
    public DateTimeOffset? FirstReceivedAt { get; set; }
    public string? ReceiptHandle { get; set; }

    /// <summary>The ARN of the queue that moved this message to a dead-letter queue.</summary>
    public string? DeadLetterSourceArn { get; set; }

    public bool IsVisible(DateTimeOffset now) => now >= VisibleAt;

    public bool IsInFlight(DateTimeOffset now) => ReceiptHandle is not null && now < VisibleAt;

    public bool IsDelayed(DateTimeOffset now) => ReceiptHandle is null && now < VisibleAt;
}

namespace LiveScore.LocalCloud.Sqs;

/// <summary>
/// A message as one receive hands it out. <see cref="Attributes"/> holds every system attribute (SentTimestamp,
/// ApproximateReceiveCount, ...) and <see cref="MessageAttributes"/> every message attribute: callers pick what they show.
/// </summary>
public sealed record SqsReceivedMessage(
    string MessageId,
    string ReceiptHandle,
    string Body,
    string Md5OfBody,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyDictionary<string, SqsMessageAttribute> MessageAttributes);

namespace LiveScore.LocalCloud.Sqs;

/// <summary>What a send answers: the new message's id and the digests the SDKs check against what they sent.</summary>
public sealed record SqsSentMessage(string MessageId, string Md5OfMessageBody, string? Md5OfMessageAttributes);

namespace LiveScore.LocalCloud.Sqs;

/// <summary>Where a queue sends messages that were received <see cref="MaxReceiveCount"/> times without being deleted.</summary>
internal sealed record SqsRedrivePolicy(string DeadLetterTargetArn, int MaxReceiveCount)
{
    public string DeadLetterQueueName => DeadLetterTargetArn[(DeadLetterTargetArn.LastIndexOf(':') + 1)..];
}

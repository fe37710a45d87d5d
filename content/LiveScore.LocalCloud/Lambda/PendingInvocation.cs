namespace LiveScore.LocalCloud.Lambda;

/// <summary>An event waiting for (or being handled by) a worker of the function.</summary>
public sealed class PendingInvocation(string requestId, byte[] payload, DateTimeOffset deadline)
{
    public string RequestId { get; } = requestId;

    public byte[] Payload { get; } = payload;

    public DateTimeOffset Deadline { get; } = deadline;

    public TaskCompletionSource<InvocationOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

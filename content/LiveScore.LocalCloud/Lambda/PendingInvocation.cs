namespace LiveScore.LocalCloud.Lambda;

/// <summary>An event waiting for (or being handled by) the function's environment.</summary>
public sealed class PendingInvocation(string requestId, byte[] payload)
{
    public string RequestId { get; } = requestId;

    public byte[] Payload { get; } = payload;

    /// <summary>Set when an environment takes the event: as in Lambda, the timeout runs from the start, not the queueing.</summary>
    public DateTimeOffset Deadline { get; private set; }

    /// <summary>Moves the deadline to <paramref name="now"/>: the environment is told it has no time left.</summary>
    public void Expire(DateTimeOffset now) => Deadline = now;

    public TaskCompletionSource<InvocationOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when an environment has taken the event.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Marks the event taken; false when its caller already gave up on it (then nobody may run it).</summary>
    public bool TryStart(DateTimeOffset deadline)
    {
        Deadline = deadline;
        return !Completion.Task.IsCompleted && Started.TrySetResult();
    }
}

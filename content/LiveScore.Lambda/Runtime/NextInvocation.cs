namespace LiveScore.Lambda.Runtime;

/// <summary>
/// One event from <c>GET /runtime/invocation/next</c>. <see cref="Event"/> lives in a buffer the client reuses:
/// it is valid until the client fetches the next event.
/// </summary>
public readonly record struct NextInvocation(string RequestId, DateTimeOffset Deadline, string? TraceId, ReadOnlyMemory<byte> Event);

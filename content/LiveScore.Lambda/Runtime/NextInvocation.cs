namespace LiveScore.Lambda.Runtime;

/// <summary>
/// One event from <c>GET /runtime/invocation/next</c>. <see cref="Event"/> lives in a buffer the client reuses:
/// it is valid until the client fetches the next event.
/// </summary>
/// <param name="RequestId">Lambda's id of the invocation.</param>
/// <param name="Deadline">When Lambda stops the invocation; <see cref="DateTimeOffset.MaxValue"/> when no deadline header came.</param>
/// <param name="TraceId">The X-Ray trace header; null when Lambda sent none.</param>
/// <param name="Event">The event JSON.</param>
public readonly record struct NextInvocation(string RequestId, DateTimeOffset Deadline, string? TraceId, ReadOnlyMemory<byte> Event);

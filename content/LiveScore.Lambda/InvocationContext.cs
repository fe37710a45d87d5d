namespace LiveScore.Lambda;

/// <summary>What a handler knows about the invocation it serves.</summary>
public sealed record InvocationContext(
    string RequestId,
    string FunctionName,
    DateTimeOffset Deadline,
    ILambdaLog Log,
    CancellationToken CancellationToken);

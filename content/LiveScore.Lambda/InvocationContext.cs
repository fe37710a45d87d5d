namespace LiveScore.Lambda;

/// <summary>What a handler knows about the invocation it serves.</summary>
/// <param name="RequestId">Lambda's id of this invocation (the <c>Lambda-Runtime-Aws-Request-Id</c> header).</param>
/// <param name="FunctionName">The function's name from <c>AWS_LAMBDA_FUNCTION_NAME</c>, or its handler id when that is unset.</param>
/// <param name="Deadline">When Lambda stops the invocation; <see cref="DateTimeOffset.MaxValue"/> when the Runtime API gave none.</param>
/// <param name="Log">The function's log; entries carry this invocation's request id.</param>
/// <param name="CancellationToken">Fires <see cref="Runtime.LambdaRuntime.DeadlineMargin"/> before the deadline, leaving time to wind down.</param>
public sealed record InvocationContext(
    string RequestId,
    string FunctionName,
    DateTimeOffset Deadline,
    ILambdaLog Log,
    CancellationToken CancellationToken);

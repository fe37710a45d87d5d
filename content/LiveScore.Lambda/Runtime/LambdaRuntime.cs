using LiveScore.Lambda.Logging;

namespace LiveScore.Lambda.Runtime;

/// <summary>The Runtime API loop for one handler: fetch an event, run the handler, report the outcome, repeat.</summary>
public sealed class LambdaRuntime(RuntimeApiClient api, IFunctionHandler handler, string functionName, ILambdaLog log, TimeProvider time)
{
    /// <summary>Holds the X-Ray trace header of the current invocation, as every Lambda runtime sets it.</summary>
    public const string TraceIdVariable = "_X_AMZN_TRACE_ID";

    /// <summary>
    /// The handler's token fires this long before the deadline, leaving time to wind down and post the outcome
    /// before Lambda stops the environment. An event whose deadline is nearer than this is not handled at all.
    /// </summary>
    public static readonly TimeSpan DeadlineMargin = TimeSpan.FromMilliseconds(100);

    // The longest delay a CancellationTokenSource timer accepts; events without a deadline never time out.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    /// <summary>
    /// Serves invocations until <paramref name="stoppingToken"/> fires, which abandons the wait for the next
    /// event (an invocation in flight completes first). A Runtime API failure on <c>/next</c> ends the loop with
    /// that exception: the environment is unusable and the process should exit.
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            NextInvocation invocation;
            try
            {
                invocation = await api.GetNextAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            await InvokeAsync(invocation);
        }
    }

    private async Task InvokeAsync(NextInvocation invocation)
    {
        // Both are scoped to this invocation: the log scope reverts when this method returns, and the trace
        // variable is overwritten (or removed) by the next event, so no id leaks into another invocation.
        LogScope.RequestId = invocation.RequestId;
        Environment.SetEnvironmentVariable(TraceIdVariable, invocation.TraceId);

        var remaining = invocation.Deadline - time.GetUtcNow() - DeadlineMargin;
        if (remaining <= TimeSpan.Zero)
        {
            log.Warn("The deadline passed before the handler started; the event was not handled.");
            var error = new ErrorPayload(RuntimeErrorTypes.DeadlineExceeded, "deadline exceeded before the handler started", []);
            await DeliverAsync(api.PostInvocationErrorAsync(invocation.RequestId, error, RuntimeErrorTypes.DeadlineExceeded, CancellationToken.None), "error");
            return;
        }

        using var timeout = new CancellationTokenSource(remaining < LongestTimer ? remaining : LongestTimer, time);
        var context = new InvocationContext(invocation.RequestId, functionName, invocation.Deadline, log, timeout.Token);
        byte[] response;
        try
        {
            response = await handler.InvokeAsync(invocation.Event, context);
        }
        catch (Exception exception)
        {
            log.Error("The handler failed.", exception);
            var error = ErrorPayload.From(exception);
            await DeliverAsync(api.PostInvocationErrorAsync(invocation.RequestId, error, RuntimeErrorTypes.Unhandled, CancellationToken.None), "error");
            return;
        }
        await DeliverAsync(api.PostResponseAsync(invocation.RequestId, response, CancellationToken.None), "response");
    }

    // A rejected outcome (say, a response over Lambda's size limit) fails this invocation only; if the Runtime API
    // itself is gone, the next GET /next fails and ends the loop.
    private async Task DeliverAsync(Task posting, string outcome)
    {
        try
        {
            await posting;
        }
        catch (Exception exception)
        {
            log.Error($"Posting the invocation {outcome} to the Runtime API failed.", exception);
        }
    }
}

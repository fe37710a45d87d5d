using System.Collections.Concurrent;
using System.Threading.Channels;
using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>
/// One function's side of the Lambda Runtime API: invocations queue here, workers take them with
/// GET /next and answer with POST /response or /error, exactly as in a Lambda execution environment.
/// </summary>
public sealed class LocalFunction(FunctionDefinition definition, TimeProvider clock)
{
    private readonly Channel<PendingInvocation> _queue = Channel.CreateUnbounded<PendingInvocation>();
    private readonly ConcurrentDictionary<string, PendingInvocation> _inFlight = new(StringComparer.Ordinal);
    private volatile InvocationOutcome? _initError;

    public FunctionDefinition Definition { get; } = definition;

    public async Task<InvocationOutcome> InvokeAsync(byte[] payload, CancellationToken cancellationToken)
    {
        if (_initError is { } initError)
        {
            return initError;
        }
        var timeout = TimeSpan.FromSeconds(Definition.TimeoutSeconds);
        var invocation = new PendingInvocation(Guid.NewGuid().ToString(), payload, clock.GetUtcNow().Add(timeout));
        await _queue.Writer.WriteAsync(invocation, cancellationToken);
        try
        {
            return await invocation.Completion.Task.WaitAsync(timeout, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            _inFlight.TryRemove(invocation.RequestId, out _);
            return InvocationOutcome.Failure("Sandbox.Timedout", $"Task timed out after {timeout.TotalSeconds:0.##} seconds");
        }
    }

    /// <summary>GET /runtime/invocation/next: waits for the next event.</summary>
    public async Task<PendingInvocation> NextAsync(CancellationToken cancellationToken)
    {
        var invocation = await _queue.Reader.ReadAsync(cancellationToken);
        _inFlight[invocation.RequestId] = invocation;
        return invocation;
    }

    /// <summary>POST /runtime/invocation/{id}/response or /error.</summary>
    public bool Complete(string requestId, InvocationOutcome outcome) =>
        _inFlight.TryRemove(requestId, out var invocation) && invocation.Completion.TrySetResult(outcome);

    /// <summary>POST /runtime/init/error: every invocation fails with this error from now on, as Lambda reports it.</summary>
    public void FailInit(InvocationOutcome error)
    {
        _initError = error;
        while (_queue.Reader.TryRead(out var waiting))
        {
            waiting.Completion.TrySetResult(error);
        }
    }
}

using System.Collections.Concurrent;
using System.Threading.Channels;
using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>
/// One function's side of the Lambda Runtime API: invocations queue here, execution environments take them with
/// GET /next and answer with POST /response or /error, exactly as in Lambda.
/// </summary>
public sealed class LocalFunction(FunctionDefinition definition, TimeProvider clock)
{
    private readonly Channel<PendingInvocation> _queue = Channel.CreateUnbounded<PendingInvocation>();
    private readonly ConcurrentDictionary<string, PendingInvocation> _inFlight = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile InvocationOutcome? _initError;

    public FunctionDefinition Definition { get; } = definition;

    /// <summary><c>starting</c> until an environment first asks for an event, then <c>ready</c>; <c>failed</c> after an init error.</summary>
    public string State => _initError is not null ? "failed" : _settled.Task.IsCompleted ? "ready" : "starting";

    /// <summary>The error document of the init failure, or null.</summary>
    public InvocationOutcome? InitError => _initError;

    /// <summary>Completes when the function is ready or failed to start.</summary>
    public Task Settled => _settled.Task;

    public async Task<InvocationOutcome> InvokeAsync(byte[] payload, CancellationToken cancellationToken)
    {
        if (_initError is { } initError)
        {
            return initError;
        }
        var timeout = TimeSpan.FromSeconds(Definition.TimeoutSeconds);
        var invocation = new PendingInvocation(Guid.NewGuid().ToString(), payload);
        await _queue.Writer.WriteAsync(invocation, cancellationToken);
        try
        {
            // Waiting for the environment (a slow invocation before this one) is not the function's time.
            await Task.WhenAny(invocation.Started.Task, invocation.Completion.Task).WaitAsync(cancellationToken);
            return await invocation.Completion.Task.WaitAsync(timeout, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            _inFlight.TryRemove(invocation.RequestId, out _);
            return InvocationOutcome.Failure("Sandbox.Timedout", $"Task timed out after {timeout.TotalSeconds:0.##} seconds");
        }
        finally
        {
            // A caller that gave up before the event was taken: no environment may run it later.
            invocation.Completion.TrySetCanceled(CancellationToken.None);
        }
    }

    /// <summary>GET /runtime/invocation/next: waits for the next event its caller still waits for.</summary>
    public async Task<PendingInvocation> NextAsync(CancellationToken cancellationToken)
    {
        _settled.TrySetResult();
        while (true)
        {
            var invocation = await _queue.Reader.ReadAsync(cancellationToken);
            _inFlight[invocation.RequestId] = invocation;
            if (invocation.TryStart(clock.GetUtcNow().AddSeconds(Definition.TimeoutSeconds)))
            {
                return invocation;
            }
            _inFlight.TryRemove(invocation.RequestId, out _);
        }
    }

    /// <summary>Ends an invocation that was just taken as timed out: its deadline is now, and its caller hears <c>Sandbox.Timedout</c>.</summary>
    public void TimeOut(PendingInvocation invocation)
    {
        invocation.Expire(clock.GetUtcNow());
        Complete(invocation.RequestId, InvocationOutcome.Failure("Sandbox.Timedout", "Task timed out: the local cloud made its deadline pass at the start (fault 'timeout')."));
    }

    /// <summary>POST /runtime/invocation/{id}/response or /error.</summary>
    public bool Complete(string requestId, InvocationOutcome outcome) =>
        _inFlight.TryRemove(requestId, out var invocation) && invocation.Completion.TrySetResult(outcome);

    /// <summary>POST /runtime/init/error: every invocation fails with this error from now on, as Lambda reports it.</summary>
    public void FailInit(InvocationOutcome error)
    {
        _initError = error;
        _settled.TrySetResult();
        while (_queue.Reader.TryRead(out var waiting))
        {
            waiting.Completion.TrySetResult(error);
        }
    }

    /// <summary>
    /// The function's process ended. Before the function was ready that is its init failure. Later, what the process
    /// was handling fails with <c>Runtime.ExitError</c>, as Lambda reports it; without a new process to follow, the
    /// function is failed from now on.
    /// </summary>
    public void EnvironmentExited(int exitCode, bool restarting)
    {
        var error = InvocationOutcome.Failure("Runtime.ExitError", $"The function's process exited with code {exitCode}.");
        if (!_settled.Task.IsCompleted || !restarting)
        {
            FailInit(error);
        }
        foreach (var requestId in _inFlight.Keys)
        {
            Complete(requestId, error);
        }
    }
}

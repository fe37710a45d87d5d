using LiveScore.LocalCloud.Lambda;

namespace LiveScore.LocalCloud.Tests;

/// <summary>
/// Serves a batch function's invocations (stream or queue) inside the test, where a worker behind the Runtime API
/// would: every batch is recorded, and the script decides the outcome.
/// </summary>
public sealed class ScriptedFunction<TRecord> : IAsyncDisposable
{
    private readonly LocalFunction _function;
    private readonly Func<byte[], IReadOnlyList<TRecord>> _records;
    private readonly Func<IReadOnlyList<TRecord>, InvocationOutcome> _script;
    private readonly List<IReadOnlyList<TRecord>> _batches = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;

    /// <param name="records">Reads the records of an invocation's event.</param>
    public ScriptedFunction(LambdaService lambda, string functionId, Func<byte[], IReadOnlyList<TRecord>> records, Func<IReadOnlyList<TRecord>, InvocationOutcome> script)
    {
        _records = records;
        _function = lambda.Find(functionId) ?? throw new ArgumentException($"No function {functionId}.", nameof(functionId));
        _script = script;
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Every batch received so far, oldest first.</summary>
    public IReadOnlyList<IReadOnlyList<TRecord>> Batches
    {
        get
        {
            lock (_batches)
            {
                return _batches.ToList();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            PendingInvocation invocation;
            try
            {
                invocation = await _function.NextAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var batch = _records(invocation.Payload);
            lock (_batches)
            {
                _batches.Add(batch);
            }
            _function.Complete(invocation.RequestId, _script(batch));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _serving;
        _stopping.Dispose();
    }
}

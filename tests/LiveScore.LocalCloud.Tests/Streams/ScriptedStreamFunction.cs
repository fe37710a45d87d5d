using System.Text;
using System.Text.Json;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Lambda;

namespace LiveScore.LocalCloud.Tests.Streams;

/// <summary>
/// Serves a stream function's invocations inside the test, where a worker behind the Runtime API would: every batch
/// is recorded, and the script decides the outcome.
/// </summary>
public sealed class ScriptedStreamFunction : IAsyncDisposable
{
    private readonly LocalFunction _function;
    private readonly Func<IReadOnlyList<DynamoDbStreamRecord>, InvocationOutcome> _script;
    private readonly List<IReadOnlyList<DynamoDbStreamRecord>> _batches = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;

    public ScriptedStreamFunction(LambdaService lambda, string functionId, Func<IReadOnlyList<DynamoDbStreamRecord>, InvocationOutcome> script)
    {
        _function = lambda.Find(functionId) ?? throw new ArgumentException($"No function {functionId}.", nameof(functionId));
        _script = script;
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Every batch received so far, oldest first.</summary>
    public IReadOnlyList<IReadOnlyList<DynamoDbStreamRecord>> Batches
    {
        get
        {
            lock (_batches)
            {
                return _batches.ToList();
            }
        }
    }

    public static InvocationOutcome Succeed() => Respond(new BatchResponse());

    public static InvocationOutcome FailFrom(DynamoDbStreamRecord record) =>
        Respond(new BatchResponse { BatchItemFailures = [new BatchItemFailure { ItemIdentifier = record.Dynamodb.SequenceNumber }] });

    public static InvocationOutcome ReportIdentifier(string itemIdentifier) =>
        Respond(new BatchResponse { BatchItemFailures = [new BatchItemFailure { ItemIdentifier = itemIdentifier }] });

    public static InvocationOutcome Throw() => InvocationOutcome.Failure("InvalidOperationException", "poison record");

    private static InvocationOutcome Respond(BatchResponse response) =>
        new(true, JsonSerializer.SerializeToUtf8Bytes(response, HostingJsonContext.Default.BatchResponse), null);

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
            var batch = JsonSerializer.Deserialize(Encoding.UTF8.GetString(invocation.Payload), HostingJsonContext.Default.DynamoDbStreamEvent)!.Records;
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

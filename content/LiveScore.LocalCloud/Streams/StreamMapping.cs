using System.Globalization;
using System.Text.Json;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Lambda;

namespace LiveScore.LocalCloud.Streams;

/// <summary>
/// One DynamoDB stream event source mapping: reads the table's stream in order and invokes the function with batches,
/// one at a time (one shard), handling failures as Lambda does with ReportBatchItemFailures:
/// <list type="bullet">
/// <item>a reported sequence number checkpoints the records before it; the rest of the batch is retried;</item>
/// <item>a function error (or an unreadable response) fails the whole batch; with bisect-on-error the batch is split
/// in halves, which uses up no retries, until single records remain;</item>
/// <item>a batch that keeps failing after <see cref="StreamSource.MaxRetries"/> retries is set aside in
/// <see cref="DeadLetters"/> and skipped.</item>
/// </list>
/// </summary>
public sealed class StreamMapping
{
    /// <summary>
    /// Collecting a batch stops when no new record arrives for this long, even inside the batching window: locally,
    /// waiting out the window would only add latency, since records that arrive together are already in the batch.
    /// </summary>
    public static readonly TimeSpan IdleGap = TimeSpan.FromMilliseconds(20);

    private static readonly TimeSpan FirstRecordWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PauseAfterFault = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(200);

    private readonly string _functionId;
    private readonly StreamSource _settings;
    private readonly IStreamSource _source;
    private readonly LambdaService _lambda;
    private readonly DeadLetters _deadLetters;
    private readonly TextWriter _console;
    private readonly TimeProvider _clock;

    // Records read but not yet checkpointed; the next batch is taken from the front.
    private readonly List<DynamoDbStreamRecord> _pending = [];

    // After a failure: the sizes of the batches still owed from the front of _pending (the failed batch, or its halves).
    private readonly List<int> _owedBatches = [];

    // Failed invocations of the batch at the front so far.
    private int _attempts;

    public StreamMapping(FunctionDefinition function, IStreamSource source, LambdaService lambda, DeadLetters deadLetters, TextWriter console, TimeProvider clock)
    {
        _functionId = function.Id;
        _settings = function.Stream ?? throw new ArgumentException($"{function.Id} has no stream source.", nameof(function));
        _source = source;
        _lambda = lambda;
        _deadLetters = deadLetters;
        _console = console;
        _clock = clock;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (_owedBatches.Count == 0)
                {
                    await CollectAsync(cancellationToken);
                }
                await DeliverAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A stream read that failed (the endpoint went away, say): nothing was checkpointed, so just try again.
                _console.WriteLine($"stream {_settings.Table} → {_functionId}: {e.GetType().Name}: {e.Message} (trying again)");
                await Task.Delay(PauseAfterFault, _clock, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>
    /// Fills the next batch: waits for a first record, then takes more until the batch is full, the batching window
    /// has passed, or the stream stays idle for <see cref="IdleGap"/>.
    /// </summary>
    private async Task CollectAsync(CancellationToken cancellationToken)
    {
        while (_pending.Count == 0)
        {
            _pending.AddRange(await _source.ReadAsync(_settings.BatchSize, FirstRecordWait, cancellationToken));
        }
        var windowEnds = _clock.GetUtcNow().AddSeconds(_settings.MaxBatchingWindowSeconds);
        while (_pending.Count < _settings.BatchSize)
        {
            var left = windowEnds - _clock.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                return;
            }
            var more = await _source.ReadAsync(_settings.BatchSize - _pending.Count, left < IdleGap ? left : IdleGap, cancellationToken);
            if (more.Count == 0)
            {
                return;
            }
            _pending.AddRange(more);
        }
    }

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        var size = _owedBatches.Count > 0 ? _owedBatches[0] : Math.Min(_pending.Count, _settings.BatchSize);
        var batch = _pending.GetRange(0, size);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new DynamoDbStreamEvent { Records = batch }, HostingJsonContext.Default.DynamoDbStreamEvent);
        var outcome = await _lambda.InvokeAsync(_functionId, payload, $"stream {_settings.Table}", cancellationToken);
        var verdict = BatchVerdict.Of(outcome, batch);
        _pending.RemoveRange(0, verdict.Completed);
        if (verdict.Succeeded)
        {
            BatchDone();
            return;
        }

        var failed = batch.GetRange(verdict.Completed, size - verdict.Completed);
        if (verdict.WholeBatchFailed && _settings.BisectOnError && failed.Count > 1)
        {
            // Like Lambda, splitting uses up no retries: each half starts with a clean count.
            SetOwed([failed.Count - failed.Count / 2, failed.Count / 2]);
            _attempts = 0;
            return;
        }
        _attempts++;
        if (_attempts > _settings.MaxRetries)
        {
            SetAside(failed, verdict.Reason!);
            _pending.RemoveRange(0, failed.Count);
            BatchDone();
            return;
        }
        SetOwed([failed.Count]);
        await Task.Delay(Backoff(_attempts), _clock, cancellationToken);
    }

    private void BatchDone()
    {
        if (_owedBatches.Count > 0)
        {
            _owedBatches.RemoveAt(0);
        }
        _attempts = 0;
    }

    /// <summary>Replaces the batch at the front (if any was owed) with the given batch sizes.</summary>
    private void SetOwed(int[] sizes)
    {
        if (_owedBatches.Count > 0)
        {
            _owedBatches.RemoveAt(0);
        }
        _owedBatches.InsertRange(0, sizes);
    }

    private void SetAside(IReadOnlyList<DynamoDbStreamRecord> records, string reason)
    {
        _deadLetters.Add(_functionId, _settings.Table, records, _source.ShardIdOf(records[0]), reason, _attempts);
        _console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stream {_settings.Table} → {_functionId}: {records.Count} record(s) set aside after {_attempts} failed attempts ({reason}); see /_local/dead-letters"));
    }

    private static TimeSpan Backoff(int attempt)
    {
        var delay = FirstBackoff * Math.Pow(2, attempt - 1);
        return delay < MaxBackoff ? delay : MaxBackoff;
    }
}

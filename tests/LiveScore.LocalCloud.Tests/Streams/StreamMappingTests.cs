using LiveScore.LocalCloud.Testing;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.Streams;

namespace LiveScore.LocalCloud.Tests.Streams;

public sealed class StreamMappingTests : IAsyncDisposable
{
    private const string FunctionId = "games-stream";

    private readonly FakeStreamSource _stream = new();
    private readonly DeadLetters _deadLetters = new(TimeProvider.System);
    private readonly CancellationTokenSource _stopping = new();
    private ScriptedFunction<DynamoDbStreamRecord>? _function;
    private Task? _mapping;

    [Fact]
    public async Task Batches_hold_at_most_the_batch_size_and_keep_stream_order()
    {
        var written = Write(10);
        var function = Start(new StreamSource("Games", BatchSize: 4), _ => ScriptedStreamFunction.Succeed());

        var batches = await Eventually.UntilAsync(() => function.Batches, b => b.Sum(x => x.Count) >= 10, "10 records delivered");

        Assert.Equal([4, 4, 2], batches.Select(b => b.Count));
        Assert.Equal(written, batches.SelectMany(b => b).Select(r => r.EventId));
    }

    [Fact]
    public async Task A_record_alone_is_delivered_without_waiting_out_the_batching_window()
    {
        // The window (Lambda's longest, 5 min) is far beyond how long the test waits, so delivery at all proves the
        // mapping did not wait it out, however slow the machine is.
        var function = Start(new StreamSource("Games", BatchSize: 25, MaxBatchingWindowSeconds: 300), _ => ScriptedStreamFunction.Succeed());
        await Task.Yield();

        Write(1);
        var batches = await Eventually.UntilAsync(() => function.Batches, b => b.Count == 1, "the record delivered");

        Assert.Single(batches[0]);
    }

    [Fact]
    public async Task A_partial_failure_is_retried_from_the_failed_record_only()
    {
        var written = Write(5);
        var failures = 0;
        var function = Start(new StreamSource("Games", BatchSize: 5, BisectOnError: false), batch =>
            Interlocked.Increment(ref failures) == 1 ? ScriptedStreamFunction.FailFrom(batch[2]) : ScriptedStreamFunction.Succeed());

        var batches = await Eventually.UntilAsync(() => function.Batches, b => b.Count == 2, "the retry");

        Assert.Equal(written, batches[0].Select(r => r.EventId));
        Assert.Equal(written[2..], batches[1].Select(r => r.EventId));
        Assert.Empty(_deadLetters.Snapshot());
    }

    [Fact]
    public async Task An_unknown_item_identifier_fails_the_whole_batch()
    {
        var written = Write(3);
        var calls = 0;
        var function = Start(new StreamSource("Games", BatchSize: 3, BisectOnError: false), _ =>
            Interlocked.Increment(ref calls) == 1 ? ScriptedStreamFunction.ReportIdentifier("999") : ScriptedStreamFunction.Succeed());

        var batches = await Eventually.UntilAsync(() => function.Batches, b => b.Count == 2, "the retry");

        Assert.All(batches, batch => Assert.Equal(written, batch.Select(r => r.EventId)));
    }

    [Fact]
    public async Task Bisecting_isolates_a_poison_record_and_delivers_every_other_one()
    {
        var written = Write(8);
        var poison = written[5];
        var function = Start(new StreamSource("Games", BatchSize: 8, MaxRetries: 1, BisectOnError: true), batch =>
            batch.Any(r => r.EventId == poison) ? ScriptedStreamFunction.Throw() : ScriptedStreamFunction.Succeed());

        var letter = Assert.Single(await Eventually.UntilAsync(() => _deadLetters.Snapshot(), d => d.Count > 0, "a dead letter"));
        var batches = await Eventually.UntilAsync(() => function.Batches, b => b.Count == 8, "the rest delivered");

        Assert.Equal(poison, Assert.Single(letter.Records).EventId);
        Assert.Equal((FunctionId, "Games", 2), (letter.Function, letter.Table, letter.Attempts));
        Assert.Contains("function error", letter.Reason, StringComparison.Ordinal);
        // 8 fails → 4 ok, 4 fails → 2 fails → 1 ok, 1 fails, retried once, set aside → 2 ok.
        Assert.Equal([8, 4, 4, 2, 1, 1, 1, 2], batches.Select(b => b.Count));
        var delivered = batches.Where(b => b.All(r => r.EventId != poison)).SelectMany(b => b).Select(r => r.EventId);
        Assert.Equal(written.Where(id => id != poison), delivered);
    }

    [Fact]
    public async Task Retries_are_bounded_then_the_batch_is_set_aside_and_the_stream_moves_on()
    {
        var failing = Write(3);
        var function = Start(new StreamSource("Games", BatchSize: 3, MaxRetries: 2, BisectOnError: false), batch =>
            batch.Any(r => failing.Contains(r.EventId)) ? ScriptedStreamFunction.Throw() : ScriptedStreamFunction.Succeed());

        var letter = Assert.Single(await Eventually.UntilAsync(() => _deadLetters.Snapshot(), d => d.Count > 0, "a dead letter"));
        var later = Write(1);
        var batches = await Eventually.UntilAsync(() => function.Batches, b => b.Count == 4, "the later record delivered");

        Assert.Equal(failing, letter.Records.Select(r => r.EventId));
        Assert.Equal(3, letter.Attempts);
        Assert.All(batches.Take(3), batch => Assert.Equal(failing, batch.Select(r => r.EventId)));
        Assert.Equal(later, batches[3].Select(r => r.EventId));
    }

    [Fact]
    public async Task A_partial_failure_that_persists_sets_aside_the_rest_of_its_batch_as_lambda_does()
    {
        var written = Write(3);
        var function = Start(new StreamSource("Games", BatchSize: 3, MaxRetries: 1, BisectOnError: true), batch =>
            batch.FirstOrDefault(r => r.EventId == written[1]) is { } failing ? ScriptedStreamFunction.FailFrom(failing) : ScriptedStreamFunction.Succeed());

        var letter = Assert.Single(await Eventually.UntilAsync(() => _deadLetters.Snapshot(), d => d.Count > 0, "a dead letter"));

        Assert.Equal(written[1..], letter.Records.Select(r => r.EventId));
        Assert.Equal([3, 2], function.Batches.Select(b => b.Count));
        Assert.Contains("reported sequence number", letter.Reason, StringComparison.Ordinal);
    }

    /// <returns>The event ids of the stream records the writes produced, in order.</returns>
    private string[] Write(int count) => _stream.Write(count);

    private ScriptedFunction<DynamoDbStreamRecord> Start(StreamSource settings, Func<IReadOnlyList<DynamoDbStreamRecord>, InvocationOutcome> script)
    {
        var definition = new FunctionDefinition(FunctionId, "Test stream consumer.", () => throw new NotSupportedException()) { Stream = settings };
        var lambda = new LambdaService([definition], new InvocationLog(TextWriter.Null, TimeProvider.System), TimeProvider.System);
        _function = ScriptedStreamFunction.Start(lambda, FunctionId, script);
        var mapping = new StreamMapping(definition, _stream, lambda, _deadLetters, TextWriter.Null, TimeProvider.System);
        _mapping = mapping.RunAsync(_stopping.Token);
        return _function;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_mapping is not null)
        {
            // The mapping must stop promptly on shutdown, whatever it was waiting for.
            await _mapping.WaitAsync(TimeSpan.FromSeconds(5));
        }
        if (_function is not null)
        {
            await _function.DisposeAsync();
        }
        _stopping.Dispose();
    }
}

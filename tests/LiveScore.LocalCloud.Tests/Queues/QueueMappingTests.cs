using System.Text.Json;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.Queues;
using LiveScore.LocalCloud.Sqs;
using LiveScore.LocalCloud.Testing;
using SqsMessage = LiveScore.Lambda.Events.SqsMessage;

namespace LiveScore.LocalCloud.Tests.Queues;

/// <summary>The SQS event source mapping: batches, deletes what succeeded, redelivers what failed, dead-letters a poison message.</summary>
public sealed class QueueMappingTests : IAsyncDisposable
{
    private const string FunctionId = "visit-queue";
    private static readonly QueueDefinition Visits = new("Visits") { VisibilityTimeoutSeconds = 1, MaxReceiveCount = 2 };

    private readonly SqsEngine _sqs = new(TimeProvider.System);
    private QueueMappings? _mappings;
    private ScriptedFunction<SqsMessage>? _function;

    [Fact]
    public async Task Messages_arrive_in_batches_of_at_most_the_batch_size_and_are_deleted_once_processed()
    {
        var function = Start(new QueueSource(Visits.Name, BatchSize: 2), _ => Succeed());
        var sent = Enumerable.Range(1, 5).Select(i => _sqs.SendMessage(Visits.Name, $"visit-{i}").MessageId).ToList();

        var batches = await Eventually.UntilAsync(() => function.Batches, b => b.Sum(x => x.Count) >= 5, "five messages delivered");

        Assert.All(batches, batch => Assert.InRange(batch.Count, 1, 2));
        Assert.Equal(sent.Order(), batches.SelectMany(b => b).Select(m => m.MessageId).Order());
        var first = batches[0][0];
        Assert.Equal("aws:sqs", first.EventSource);
        Assert.Equal(_sqs.QueueArn(Visits.Name), first.EventSourceArn);
        Assert.Equal(1, first.ReceiveCount);
        Assert.StartsWith("visit-", first.Body, StringComparison.Ordinal);
        await Eventually.UntilAsync(() => Waiting(Visits.Name), n => n == 0, "the queue to be empty");
    }

    [Fact]
    public async Task A_message_reported_failed_comes_back_alone_and_the_others_do_not()
    {
        // "bad" fails on its first delivery only. The two messages may come in one batch or in two, as the poll finds them.
        var function = Start(new QueueSource(Visits.Name, BatchSize: 10), batch =>
            batch.FirstOrDefault(m => m.Body == "bad" && m.ReceiveCount == 1) is { } bad ? Fail(bad) : Succeed());
        _sqs.SendMessage(Visits.Name, "good");
        _sqs.SendMessage(Visits.Name, "bad");

        var batches = await Eventually.UntilAsync(
            () => function.Batches, b => b.SelectMany(x => x).Count(m => m.Body == "bad") >= 2, "the failed message again");

        Assert.Single(batches.SelectMany(b => b), m => m.Body == "good");
        var again = Assert.Single(batches.Last());
        Assert.Equal(("bad", 2), (again.Body, again.ReceiveCount));
        await Eventually.UntilAsync(() => Waiting(Visits.Name), n => n == 0, "the queue to be empty");
    }

    [Fact]
    public async Task A_poison_message_moves_to_the_dead_letter_queue_after_max_receive_count_and_nothing_else_is_lost()
    {
        var function = Start(new QueueSource(Visits.Name, BatchSize: 10), batch =>
            batch.FirstOrDefault(m => m.Body == "poison") is { } poison ? Fail(poison) : Succeed());
        _sqs.SendMessage(Visits.Name, "poison");
        _sqs.SendMessage(Visits.Name, "fine");

        var dead = await Eventually.UntilAsync(() => _sqs.ReceiveMessagesAsync(Visits.DeadLetterQueueName, 10, waitTimeSeconds: 0), m => m.Count > 0, "the poison message in the dead-letter queue");

        Assert.Equal("poison", Assert.Single(dead).Body);
        var delivered = function.Batches.SelectMany(b => b).Select(m => m.Body).ToList();
        Assert.Equal(Visits.MaxReceiveCount, delivered.Count(b => b == "poison"));
        Assert.Equal(1, delivered.Count(b => b == "fine"));
    }

    [Fact]
    public void A_function_reading_a_queue_the_catalog_lacks_stops_the_start_naming_it()
    {
        var function = new FunctionDefinition(FunctionId, "reads a missing queue", () => throw new NotSupportedException()) { Queue = new QueueSource("Missing") };
        var lambda = new LambdaService([function], new InvocationLog(TextWriter.Null, TimeProvider.System), TimeProvider.System);
        using var mappings = new QueueMappings(new LocalApplication([function], [], [], "bootstrap.dll") { Queues = [Visits] }, _sqs, lambda, "us-east-1", TextWriter.Null, TimeProvider.System);

        var error = Assert.Throws<InvalidOperationException>(mappings.Start);

        Assert.Equal("visit-queue reads the queue 'Missing', which the catalog does not define.", error.Message);
    }

    private ScriptedFunction<SqsMessage> Start(QueueSource source, Func<IReadOnlyList<SqsMessage>, InvocationOutcome> script)
    {
        var function = new FunctionDefinition(FunctionId, "Test queue consumer.", () => throw new NotSupportedException()) { Queue = source };
        var lambda = new LambdaService([function], new InvocationLog(TextWriter.Null, TimeProvider.System), TimeProvider.System);
        _function = new ScriptedFunction<SqsMessage>(lambda, FunctionId, payload => JsonSerializer.Deserialize(payload, HostingJsonContext.Default.SqsEvent)!.Records, script);
        _mappings = new QueueMappings(new LocalApplication([function], [], [], "bootstrap.dll") { Queues = [Visits] }, _sqs, lambda, "us-east-1", TextWriter.Null, TimeProvider.System);
        _mappings.Start();
        return _function;
    }

    private int Waiting(string queue)
    {
        var attributes = _sqs.GetQueueAttributes(queue);
        return int.Parse(attributes["ApproximateNumberOfMessages"]) + int.Parse(attributes["ApproximateNumberOfMessagesNotVisible"]);
    }

    private static InvocationOutcome Succeed() => Respond([]);

    private static InvocationOutcome Fail(SqsMessage message) => Respond([new BatchItemFailure { ItemIdentifier = message.MessageId }]);

    private static InvocationOutcome Respond(IReadOnlyList<BatchItemFailure> failures) =>
        new(true, JsonSerializer.SerializeToUtf8Bytes(new BatchResponse { BatchItemFailures = failures }, HostingJsonContext.Default.BatchResponse), null);

    public async ValueTask DisposeAsync()
    {
        if (_mappings is not null)
        {
            // The mapping must stop promptly, even in the middle of a long poll.
            await _mappings.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            _mappings.Dispose();
        }
        if (_function is not null)
        {
            await _function.DisposeAsync();
        }
    }
}

using System.Globalization;
using System.Text.Json;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Sqs;

namespace LiveScore.LocalCloud.Streams;

public sealed record DeadLetterRecord(string EventId, string SequenceNumber);

/// <summary>Records an event source mapping gave up on, for <c>/_local/dead-letters</c>.</summary>
public sealed record DeadLetter(string Function, string Table, IReadOnlyList<DeadLetterRecord> Records, string Reason, int Attempts, string Time);

/// <summary>
/// Every batch set aside after its retries ran out, newest last; shown at <c>/_local/dead-letters</c>. With a queue
/// engine, each is also sent to the function's failure queue (<see cref="QueueName"/>, made by <see cref="CreateQueues"/> at start) as the record Lambda sends to an
/// on-failure destination, which the <c>redrive</c> command replays.
/// </summary>
public sealed class DeadLetters(TimeProvider clock, SqsEngine? queues = null)
{
    public const int Capacity = 1000;
    private readonly Queue<DeadLetter> _letters = new();

    /// <summary>The local failure queue of a stream function.</summary>
    public static string QueueName(string functionId) => functionId + "-stream-failures";

    /// <summary>Creates the failure queue of every stream function, so it can be read before anything fails.</summary>
    public void CreateQueues(IEnumerable<string> functionIds)
    {
        foreach (var functionId in functionIds)
        {
            queues?.CreateQueue(QueueName(functionId));
        }
    }

    /// <param name="records">The failed batch, in stream order.</param>
    /// <param name="shardId">The shard they were read from.</param>
    public void Add(string function, string table, IReadOnlyList<DynamoDbStreamRecord> records, string shardId, string reason, int attempts)
    {
        var now = clock.GetUtcNow();
        var letter = new DeadLetter(
            function,
            table,
            records.Select(r => new DeadLetterRecord(r.EventId, r.Dynamodb.SequenceNumber)).ToList(),
            reason,
            attempts,
            now.ToString("O", CultureInfo.InvariantCulture));
        // Queued before it is listed: whoever sees it at /_local/dead-letters finds it in the failure queue too.
        if (queues is not null)
        {
            queues.SendMessage(QueueName(function), JsonSerializer.Serialize(FailureRecord(function, records, shardId, attempts, now), StreamsJsonContext.Default.StreamFailureRecord));
        }
        lock (_letters)
        {
            if (_letters.Count == Capacity)
            {
                _letters.Dequeue();
            }
            _letters.Enqueue(letter);
        }
    }

    public IReadOnlyList<DeadLetter> Snapshot()
    {
        lock (_letters)
        {
            return _letters.ToArray();
        }
    }

    private static StreamFailureRecord FailureRecord(string function, IReadOnlyList<DynamoDbStreamRecord> records, string shardId, int attempts, DateTimeOffset now) => new()
    {
        RequestContext = new FailureRequestContext
        {
            RequestId = Guid.NewGuid().ToString(),
            FunctionArn = $"arn:aws:lambda:{LocalEnvironment.Region}:{LocalEnvironment.Account}:function:{function}",
            Condition = "RetryAttemptsExhausted",
            ApproximateInvokeCount = attempts,
        },
        ResponseContext = new FailureResponseContext { StatusCode = 200, FunctionError = "Unhandled" },
        Timestamp = now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        BatchInfo = new StreamBatchInfo
        {
            ShardId = shardId,
            StartSequenceNumber = records[0].Dynamodb.SequenceNumber,
            EndSequenceNumber = records[^1].Dynamodb.SequenceNumber,
            ApproximateArrivalOfFirstRecord = Arrival(records[0]),
            ApproximateArrivalOfLastRecord = Arrival(records[^1]),
            BatchSize = records.Count,
            StreamArn = records[0].EventSourceArn,
        },
    };

    private static string? Arrival(DynamoDbStreamRecord record) =>
        record.Dynamodb.ApproximateCreationDateTime is { } seconds
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : null;
}

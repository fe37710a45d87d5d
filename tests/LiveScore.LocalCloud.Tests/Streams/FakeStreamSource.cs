using System.Globalization;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Streams;

namespace LiveScore.LocalCloud.Tests.Streams;

/// <summary>A change stream the test writes to: records in order, each with a larger sequence number.</summary>
internal sealed class FakeStreamSource : IStreamSource
{
    private readonly Lock _gate = new();
    private readonly List<DynamoDbStreamRecord> _records = [];
    private int _position;
    private TaskCompletionSource _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <returns>The event ids of the new records, in order.</returns>
    public string[] Write(int count)
    {
        TaskCompletionSource appended;
        var ids = new string[count];
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                var sequence = (_records.Count + 1).ToString("D21", CultureInfo.InvariantCulture);
                ids[i] = Guid.NewGuid().ToString("N");
                _records.Add(new DynamoDbStreamRecord
                {
                    EventId = ids[i],
                    EventName = StreamEventName.Insert,
                    Dynamodb = new StreamRecordData { SequenceNumber = sequence, Keys = new Dictionary<string, AttributeValue> { ["gameId"] = new() { S = ids[i] } } },
                });
            }
            appended = _appended;
            _appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        appended.TrySetResult();
        return ids;
    }

    public const string ShardId = "shardId-fake";

    public string ShardIdOf(DynamoDbStreamRecord record) => ShardId;

    public async Task<IReadOnlyList<DynamoDbStreamRecord>> ReadAsync(int max, TimeSpan wait, CancellationToken cancellationToken)
    {
        Task appended;
        lock (_gate)
        {
            if (TakeUpTo(max) is { Count: > 0 } ready)
            {
                return ready;
            }
            appended = _appended.Task;
        }
        await Task.WhenAny(appended, Task.Delay(wait, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return TakeUpTo(max);
        }
    }

    private List<DynamoDbStreamRecord> TakeUpTo(int max)
    {
        var taken = _records.Skip(_position).Take(max).ToList();
        _position += taken.Count;
        return taken;
    }
}

using System.Globalization;
using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.Tables;

/// <summary>
/// The change stream of one embedded table: records in commit order, each with a larger sequence number. Readers keep
/// their own position, so several consumers can read one stream. The oldest records are dropped beyond
/// <see cref="Retention"/>, as a real stream drops records after 24 hours.
/// </summary>
public sealed class EmbeddedStream(string arn)
{
    public const int Retention = 100_000;
    private const int TrimChunk = 1_000;

    private readonly Lock _gate = new();
    private readonly List<DynamoDbStreamRecord> _records = [];
    private long _firstPosition;
    private long _sequence;
    private TaskCompletionSource _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Arn { get; } = arn;

    /// <summary>Stamps the next sequence number on the record and appends it.</summary>
    public DynamoDbStreamRecord Append(DynamoDbStreamRecord record)
    {
        TaskCompletionSource appended;
        lock (_gate)
        {
            _sequence++;
            // Fixed width keeps the text order and the numeric order the same, like DynamoDB's own sequence numbers.
            record = record with { Dynamodb = record.Dynamodb with { SequenceNumber = "1" + _sequence.ToString("D20", CultureInfo.InvariantCulture) } };
            _records.Add(record);
            if (_records.Count >= Retention + TrimChunk)
            {
                // Dropping in chunks keeps appends cheap once the stream is full.
                _records.RemoveRange(0, TrimChunk);
                _firstPosition += TrimChunk;
            }
            appended = _appended;
            _appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        appended.TrySetResult();
        return record;
    }

    /// <summary>Up to <paramref name="max"/> records from <paramref name="position"/> on; the position moves past them.</summary>
    public IReadOnlyList<DynamoDbStreamRecord> Read(ref long position, int max)
    {
        lock (_gate)
        {
            // A reader that fell behind the retention lost the dropped records, as with an expired stream.
            position = Math.Max(position, _firstPosition);
            var start = (int)(position - _firstPosition);
            var count = Math.Min(max, _records.Count - start);
            if (count <= 0)
            {
                return [];
            }
            position += count;
            return _records.GetRange(start, count);
        }
    }

    /// <summary>Completes when a record after <paramref name="position"/> exists, or when the timeout passes.</summary>
    public async Task WaitAsync(long position, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task appended;
        lock (_gate)
        {
            if (position < _firstPosition + _records.Count)
            {
                return;
            }
            appended = _appended.Task;
        }
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(appended, Task.Delay(timeout, timer.Token));
        await timer.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}

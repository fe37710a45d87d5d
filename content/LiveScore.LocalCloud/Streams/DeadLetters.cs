using System.Globalization;
using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.Streams;

public sealed record DeadLetterRecord(string EventId, string SequenceNumber);

/// <summary>Records an event source mapping gave up on: what the on-failure destination (an SQS queue when deployed) receives.</summary>
public sealed record DeadLetter(string Function, string Table, IReadOnlyList<DeadLetterRecord> Records, string Reason, int Attempts, string Time);

/// <summary>Every batch set aside after its retries ran out, newest last; shown at <c>/_local/dead-letters</c>.</summary>
public sealed class DeadLetters(TimeProvider clock)
{
    public const int Capacity = 1000;
    private readonly Queue<DeadLetter> _letters = new();

    public void Add(string function, string table, IEnumerable<DynamoDbStreamRecord> records, string reason, int attempts)
    {
        var letter = new DeadLetter(
            function,
            table,
            records.Select(r => new DeadLetterRecord(r.EventId, r.Dynamodb.SequenceNumber)).ToList(),
            reason,
            attempts,
            clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
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
}

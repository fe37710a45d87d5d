using LiveScore.LocalCloud.DynamoDb.Model;
using LiveScore.LocalCloud.DynamoDb.Streams;

namespace LiveScore.LocalCloud.DynamoDb;

/// <summary>All tables and streams of one engine. Only used under the engine's lock.</summary>
internal sealed class Database(TimeProvider clock, string region, string accountId)
{
    private long lastSequenceNumber;

    public TimeProvider Clock { get; } = clock;
    public string Region { get; } = region;
    public string AccountId { get; } = accountId;
    public SortedDictionary<string, Table> Tables { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset Now => Clock.GetUtcNow();

    public long NextSequenceNumber() => ++lastSequenceNumber;

    public long LastSequenceNumber => lastSequenceNumber;

    public Table Table(string name) =>
        Tables.TryGetValue(name, out var table) ? table : throw DynamoDbException.TableNotFound();

    public IEnumerable<TableStream> Streams => Tables.Values.Select(t => t.Stream).OfType<TableStream>();

    public void Write(Table table, IReadOnlyDictionary<string, AttributeValue> key, IReadOnlyDictionary<string, AttributeValue>? oldItem,
        IReadOnlyDictionary<string, AttributeValue>? newItem) =>
        table.Write(key, oldItem, newItem, NextSequenceNumber, Now);
}

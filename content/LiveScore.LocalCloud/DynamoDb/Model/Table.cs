using LiveScore.LocalCloud.DynamoDb.Streams;

namespace LiveScore.LocalCloud.DynamoDb.Model;

using Item = IReadOnlyDictionary<string, AttributeValue>;

/// <summary>A table's definition and contents; every write goes through <see cref="Write"/> so indexes and the stream follow.</summary>
internal sealed class Table(
    string name,
    string arn,
    KeySchema key,
    IReadOnlyList<(string Name, AttributeType Type)> attributeDefinitions,
    IReadOnlyList<SecondaryIndex> indexes,
    DateTimeOffset createdAt)
{
    public string Name { get; } = name;
    public string Arn { get; } = arn;
    public KeySchema Key { get; } = key;
    public IReadOnlyList<(string Name, AttributeType Type)> AttributeDefinitions { get; } = attributeDefinitions;
    public IReadOnlyList<SecondaryIndex> Indexes { get; } = indexes;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public ItemStore Items { get; } = new();

    public string BillingMode { get; init; } = "PROVISIONED";
    public (long? ReadCapacity, long? WriteCapacity) Throughput { get; init; }
    public TableStream? Stream { get; init; }
    public (bool Enabled, string? AttributeName) TimeToLive { get; set; }

    public long SizeBytes { get; private set; }

    public Item? Get(Item key) => Items.Get(Key.KeyOf(key)!);

    /// <summary>
    /// Replaces (newItem) or deletes (null) the item with the given key. A write that changes nothing emits no
    /// stream record, as DynamoDB Local does.
    /// </summary>
    public void Write(Item key, Item? oldItem, Item? newItem, Func<long> nextSequenceNumber, DateTimeOffset now)
    {
        var tableKey = Key.KeyOf(key)!;
        if (newItem is null) Items.Remove(tableKey);
        else Items.Set(tableKey, newItem);
        SizeBytes += (newItem is null ? 0 : AttributeValueJson.ItemSize(newItem)) - (oldItem is null ? 0 : AttributeValueJson.ItemSize(oldItem));
        foreach (var index in Indexes)
        {
            if (oldItem is not null && index.EntryKey(oldItem, Key) is { } oldEntry) index.Items.Remove(oldEntry);
            if (newItem is not null && index.EntryKey(newItem, Key) is { } newEntry) index.Items.Set(newEntry, newItem);
        }
        if (Stream is null || (oldItem is null && newItem is null) || SameItem(oldItem, newItem)) return;
        var eventName = oldItem is null ? "INSERT" : newItem is null ? "REMOVE" : "MODIFY";
        Stream.Append(new StreamRecord(nextSequenceNumber(), Guid.NewGuid().ToString(), eventName, now,
            Key.KeyAttributes(key), oldItem, newItem));
    }

    private static bool SameItem(Item? a, Item? b) =>
        a is not null && b is not null && a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && p.Value.Equals(v));
}

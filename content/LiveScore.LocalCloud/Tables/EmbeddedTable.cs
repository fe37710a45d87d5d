using System.Globalization;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using Item = System.Collections.Generic.IReadOnlyDictionary<string, LiveScore.Lambda.Events.AttributeValue>;

namespace LiveScore.LocalCloud.Tables;

/// <summary>
/// One DynamoDB table in memory, keyed like its <see cref="TableDefinition"/>. Every operation is atomic; a table
/// with a stream appends one record per change, in commit order, shaped exactly as Lambda delivers it.
/// </summary>
public sealed class EmbeddedTable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Item> _items = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public EmbeddedTable(TableDefinition definition, TimeProvider clock)
    {
        Definition = definition;
        _clock = clock;
        if (definition.Stream)
        {
            var label = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
            Stream = new EmbeddedStream($"arn:aws:dynamodb:{LocalEnvironment.Region}:{LocalEnvironment.Account}:table/{definition.Name}/stream/{label}");
        }
    }

    public TableDefinition Definition { get; }

    /// <summary>The change stream (NEW_AND_OLD_IMAGES), or null when the table has none.</summary>
    public EmbeddedStream? Stream { get; }

    /// <param name="key">An item or key holding at least the table's key attributes.</param>
    public Item? Get(Item key)
    {
        var id = KeyOf(key);
        lock (_gate)
        {
            return _items.GetValueOrDefault(id);
        }
    }

    /// <summary>Stores the item, replacing any item with its key, when <paramref name="condition"/> (given the current item) holds.</summary>
    /// <returns>False when the condition failed; nothing was written then.</returns>
    public bool Put(Item item, Func<Item?, bool>? condition = null)
    {
        var stored = Validated(item);
        var id = KeyOf(stored);
        lock (_gate)
        {
            var old = _items.GetValueOrDefault(id);
            if (condition is not null && !condition(old))
            {
                return false;
            }
            _items[id] = stored;
            RecordChange(old, stored);
            return true;
        }
    }

    /// <summary>Replaces the item with <c>change(current)</c> in one step: no other write can come between the read and the write.</summary>
    /// <param name="change">Gets the current item (null when absent) and returns the new one with the same key; it may throw to abandon the update.</param>
    public Item Update(Item key, Func<Item?, Item> change)
    {
        var id = KeyOf(key);
        lock (_gate)
        {
            var old = _items.GetValueOrDefault(id);
            var stored = Validated(change(old));
            if (KeyOf(stored) != id)
            {
                throw new InvalidOperationException($"An update of {Definition.Name} must not change the item's key.");
            }
            _items[id] = stored;
            RecordChange(old, stored);
            return stored;
        }
    }

    /// <returns>The deleted item, or null when there was none (and then no stream record either).</returns>
    public Item? Delete(Item key)
    {
        var id = KeyOf(key);
        lock (_gate)
        {
            if (!_items.Remove(id, out var old))
            {
                return null;
            }
            RecordChange(old, null);
            return old;
        }
    }

    /// <summary>
    /// The items of a global secondary index partition, ordered by the index sort key. Items without the index's
    /// key attributes are not in the index, as in DynamoDB.
    /// </summary>
    public IReadOnlyList<Item> Query(string indexName, AttributeValue partitionValue, bool descending, int limit)
    {
        var index = Definition.Indexes.FirstOrDefault(i => i.Name == indexName)
            ?? throw new ArgumentException($"{Definition.Name} has no index '{indexName}'.", nameof(indexName));
        var partition = AttributeValues.KeyText(partitionValue);
        List<Item> matches;
        lock (_gate)
        {
            matches = _items.Values
                .Where(item => item.TryGetValue(index.PartitionKey.Name, out var value)
                    && AttributeValues.KeyText(value) == partition
                    && (index.SortKey is null || item.ContainsKey(index.SortKey.Name)))
                .ToList();
        }
        if (index.SortKey is { } sortKey)
        {
            // Ties are broken by the table key so that results are stable from one query to the next.
            matches.Sort((a, b) =>
            {
                var order = AttributeValues.CompareKeys(a[sortKey.Name], b[sortKey.Name]);
                return order != 0 ? order : string.CompareOrdinal(KeyOf(a), KeyOf(b));
            });
        }
        if (descending)
        {
            matches.Reverse();
        }
        return matches.Take(limit).ToList();
    }

    public IReadOnlyList<Item> Scan()
    {
        lock (_gate)
        {
            return _items.Values.ToList();
        }
    }

    private void RecordChange(Item? old, Item? current)
    {
        // DynamoDB writes no stream record for a write that leaves the item as it was.
        if (Stream is null || AttributeValues.AreEqual(old, current))
        {
            return;
        }
        var image = current ?? old!;
        var keys = KeyAttributes().ToDictionary(k => k.Name, k => image[k.Name], StringComparer.Ordinal);
        Stream.Append(new DynamoDbStreamRecord
        {
            EventId = Guid.NewGuid().ToString("N"),
            EventName = old is null ? StreamEventName.Insert : current is null ? StreamEventName.Remove : StreamEventName.Modify,
            EventVersion = "1.1",
            EventSource = "aws:dynamodb",
            AwsRegion = LocalEnvironment.Region,
            EventSourceArn = Stream.Arn,
            Dynamodb = new StreamRecordData
            {
                ApproximateCreationDateTime = _clock.GetUtcNow().ToUnixTimeSeconds(),
                Keys = keys,
                NewImage = current,
                OldImage = old,
                SizeBytes = AttributeValues.Size(keys) + AttributeValues.Size(current) + AttributeValues.Size(old),
                StreamViewType = "NEW_AND_OLD_IMAGES",
            },
        });
    }

    /// <summary>A private copy of the item, checked against the key schema and the index key types as DynamoDB checks it.</summary>
    private Item Validated(Item item)
    {
        _ = KeyOf(item);
        foreach (var key in Definition.Indexes.SelectMany(i => new[] { i.PartitionKey, i.SortKey }).OfType<KeyAttribute>())
        {
            if (item.TryGetValue(key.Name, out var value) && !HasType(value, key.Type))
            {
                throw new ArgumentException($"{Definition.Name}: type mismatch for the index key '{key.Name}', expected {TypeCode(key.Type)}.");
            }
        }
        return new Dictionary<string, AttributeValue>(item, StringComparer.Ordinal);
    }

    private string KeyOf(Item item)
    {
        var text = "";
        foreach (var key in KeyAttributes())
        {
            if (!item.TryGetValue(key.Name, out var value) || !HasType(value, key.Type))
            {
                throw new ArgumentException($"{Definition.Name}: the key attribute '{key.Name}' must be present and of type {TypeCode(key.Type)}.");
            }
            // The length prefix keeps a partition and sort key pair from colliding with another split of the same text.
            var part = AttributeValues.KeyText(value);
            text += part.Length.ToString(CultureInfo.InvariantCulture) + ":" + part;
        }
        return text;
    }

    private IEnumerable<KeyAttribute> KeyAttributes() =>
        Definition.SortKey is { } sortKey ? [Definition.PartitionKey, sortKey] : [Definition.PartitionKey];

    private static bool HasType(AttributeValue value, KeyType type) =>
        type == KeyType.String ? value.S is not null : value.N is not null && DynamoNumber.TryParse(value.N, out _);

    private static string TypeCode(KeyType type) => type == KeyType.String ? "S" : "N";
}

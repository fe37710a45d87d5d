namespace LiveScore.LocalCloud.DynamoDb.Model;

using Item = IReadOnlyDictionary<string, AttributeValue>;

/// <summary>A global secondary index: its key, what it projects, and its entries ordered by index key then table key.</summary>
internal sealed class SecondaryIndex(string name, KeySchema key, string projectionType, IReadOnlyList<string> nonKeyAttributes)
{
    public string Name { get; } = name;
    public KeySchema Key { get; } = key;
    public string ProjectionType { get; } = projectionType;
    public IReadOnlyList<string> NonKeyAttributes { get; } = nonKeyAttributes;
    public ItemStore Items { get; } = new();

    public (long? ReadCapacity, long? WriteCapacity) Throughput { get; init; }

    /// <summary>The entry key of an item in this index, or null when the item lacks the index key (sparse index).</summary>
    public AttributeValue[]? EntryKey(Item item, KeySchema tableKey) =>
        Key.KeyOf(item) is { } indexKey ? [.. indexKey, .. tableKey.KeyOf(item)!] : null;

    /// <summary>What a read through the index returns of a stored item.</summary>
    public Item Project(Item item, KeySchema tableKey)
    {
        if (ProjectionType == "ALL") return item;
        var kept = tableKey.Names.Concat(Key.Names).Concat(ProjectionType == "INCLUDE" ? NonKeyAttributes : []).ToHashSet();
        return item.Where(p => kept.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }
}

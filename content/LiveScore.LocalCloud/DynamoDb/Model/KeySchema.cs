namespace LiveScore.LocalCloud.DynamoDb.Model;

using Item = IReadOnlyDictionary<string, AttributeValue>;

/// <summary>The partition (HASH) and optional sort (RANGE) key of a table or index, with their scalar types.</summary>
internal sealed record KeySchema(string HashName, AttributeType HashType, string? RangeName, AttributeType RangeType)
{
    public IEnumerable<string> Names => RangeName is null ? [HashName] : [HashName, RangeName];

    public AttributeType TypeOf(string name) => name == HashName ? HashType : RangeType;

    /// <summary>The key values of an item, or null when it lacks one or has one of another type (it is then not in an index).</summary>
    public AttributeValue[]? KeyOf(Item item)
    {
        if (!item.TryGetValue(HashName, out var hash) || hash.Type != HashType) return null;
        if (RangeName is null) return [hash];
        return item.TryGetValue(RangeName, out var range) && range.Type == RangeType ? [hash, range] : null;
    }

    public Dictionary<string, AttributeValue> KeyAttributes(Item item) =>
        Names.Where(item.ContainsKey).ToDictionary(n => n, n => item[n], StringComparer.Ordinal);
}

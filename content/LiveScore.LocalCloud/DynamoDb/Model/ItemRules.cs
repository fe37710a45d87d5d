using System.Text.Json.Nodes;

namespace LiveScore.LocalCloud.DynamoDb.Model;

using Item = IReadOnlyDictionary<string, AttributeValue>;

/// <summary>DynamoDB's checks on keys and items, with its messages.</summary>
internal static class ItemRules
{
    public const int MaxItemSize = 400 * 1024;

    /// <summary>A Key parameter: exactly the table's key attributes, of the right types.</summary>
    public static Dictionary<string, AttributeValue> ReadKey(Table table, JsonNode? node)
    {
        if (node is null)
            throw DynamoDbException.Validation("1 validation error detected: Value null at 'key' failed to satisfy constraint: Member must not be null");
        var key = AttributeValueJson.ReadItem(node);
        if (key.Count != table.Key.Names.Count() || table.Key.Names.Any(n => !key.TryGetValue(n, out var v) || v.Type != table.Key.TypeOf(n)))
            throw DynamoDbException.Validation("The provided key element does not match the schema");
        CheckKeyNotEmpty(key, table.Key.Names);
        return key;
    }

    /// <summary>An item about to be stored: key attributes present and typed, index keys typed, size within limit.</summary>
    public static void CheckItem(Table table, Item item)
    {
        foreach (var name in table.Key.Names)
        {
            if (!item.TryGetValue(name, out var value))
                throw DynamoDbException.Validation("One of the required keys was not given a value");
            var expected = table.Key.TypeOf(name);
            if (value.Type != expected)
                throw DynamoDbException.Validation(
                    $"One or more parameter values were invalid: Type mismatch for key {name} expected: {expected} actual: {value.Type}");
        }
        CheckKeyNotEmpty(item, table.Key.Names);
        foreach (var index in table.Indexes)
            foreach (var name in index.Key.Names)
            {
                if (!item.TryGetValue(name, out var value)) continue;
                var expected = index.Key.TypeOf(name);
                if (value.Type != expected)
                    throw DynamoDbException.Validation(
                        $"One or more parameter values were invalid: Type mismatch for Index Key {name} Expected: {expected} Actual: {value.Type} IndexName: {index.Name}");
                if (IsEmpty(value))
                    throw DynamoDbException.Validation(
                        "One or more parameter values are not valid. A value specified for a secondary index key is not supported. " +
                        $"The AttributeValue for a key attribute cannot contain an empty {Kind(value)} value. IndexName: {index.Name}, IndexKey: {name}");
            }
        if (AttributeValueJson.ItemSize(item) > MaxItemSize)
            throw DynamoDbException.Validation("Item size has exceeded the maximum allowed size");
    }

    private static void CheckKeyNotEmpty(Item item, IEnumerable<string> names)
    {
        foreach (var name in names)
            if (IsEmpty(item[name]))
                throw DynamoDbException.Validation(
                    $"One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty {Kind(item[name])} value. Key: {name}");
    }

    private static bool IsEmpty(AttributeValue value) =>
        (value.Type == AttributeType.S && value.S.Length == 0) || (value.Type == AttributeType.B && value.B.Length == 0);

    private static string Kind(AttributeValue value) => value.Type == AttributeType.S ? "string" : "binary";

    /// <summary>A text that is equal for two keys exactly when they name the same item, for duplicate checks.</summary>
    public static string Identity(Table table, Item item) =>
        string.Join('\u0001', table.Key.KeyOf(item)!.Select(v => v.Type == AttributeType.B ? Convert.ToBase64String(v.B) : v.Type == AttributeType.N ? v.N.ToString() : v.S));
}

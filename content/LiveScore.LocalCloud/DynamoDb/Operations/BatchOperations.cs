using System.Text.Json.Nodes;
using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Operations;

using Item = IReadOnlyDictionary<string, AttributeValue>;

/// <summary>BatchGetItem and BatchWriteItem. Nothing is ever left unprocessed: the engine has no throughput limit.</summary>
internal static class BatchOperations
{
    public static JsonObject BatchGetItem(Database database, JsonObject request)
    {
        var requestItems = request.RequiredObject("RequestItems");
        var reads = new List<(Table Table, List<Dictionary<string, AttributeValue>> Keys, Expressions.Projection? Projection)>();
        foreach (var (tableName, node) in requestItems)
        {
            var tableRequest = node as JsonObject ?? throw DynamoDbException.Serialization("RequestItems values must be structures");
            LegacyParameters.Reject(tableRequest, "AttributesToGet");
            var table = database.Table(tableName);
            var keys = tableRequest.RequiredArray("Keys").Select(k => ItemRules.ReadKey(table, k)).ToList();
            EnsureDistinct(table, keys);
            tableRequest.OptionalBool("ConsistentRead");
            reads.Add((table, keys, ItemOperations.ReadProjection(tableRequest)));
        }
        if (reads.Sum(r => r.Keys.Count) > 100) throw DynamoDbException.Validation("Too many items requested for the BatchGetItem call");

        var responses = new JsonObject();
        foreach (var (table, keys, projection) in reads)
            responses[table.Name] = new JsonArray(keys.Select(table.Get).OfType<Item>()
                .Select(item => (JsonNode)AttributeValueJson.WriteItem(projection?.Apply(item) ?? item)).ToArray());
        return new JsonObject { ["Responses"] = responses, ["UnprocessedKeys"] = new JsonObject() };
    }

    public static JsonObject BatchWriteItem(Database database, JsonObject request)
    {
        var requestItems = request.RequiredObject("RequestItems");
        var writes = new List<(Table Table, Item Key, Item? NewItem)>();
        foreach (var (tableName, node) in requestItems)
        {
            var table = database.Table(tableName);
            var tableWrites = (node as JsonArray ?? throw DynamoDbException.Serialization("RequestItems values must be lists")).Objects()
                .Select(w => ReadWrite(table, w)).ToList();
            EnsureDistinct(table, tableWrites.Select(w => w.Key));
            writes.AddRange(tableWrites.Select(w => (table, w.Key, w.NewItem)));
        }
        if (writes.Count > 25) throw DynamoDbException.Validation("Too many items requested for the BatchWriteItem call");

        foreach (var (table, key, newItem) in writes) database.Write(table, key, table.Get(key), newItem);
        return new JsonObject { ["UnprocessedItems"] = new JsonObject() };
    }

    private static (Item Key, Item? NewItem) ReadWrite(Table table, JsonObject write)
    {
        var put = write.OptionalObject("PutRequest");
        var delete = write.OptionalObject("DeleteRequest");
        if ((put is null) == (delete is null))
            throw DynamoDbException.Validation("A WriteRequest must contain exactly one of PutRequest or DeleteRequest");
        if (delete is not null) return (ItemRules.ReadKey(table, delete["Key"]), null);
        var item = AttributeValueJson.ReadItem(put!.RequiredObject("Item"));
        ItemRules.CheckItem(table, item);
        return (table.Key.KeyAttributes(item), item);
    }

    private static void EnsureDistinct(Table table, IEnumerable<Item> keys)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (keys.Any(k => !seen.Add(ItemRules.Identity(table, k))))
            throw DynamoDbException.Validation("Provided list of item keys contains duplicates");
    }
}

using System.Text.Json.Nodes;
using LiveScore.LocalCloud.DynamoDb.Expressions;
using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Operations;

/// <summary>
/// Query and Scan. Both read in key order until Limit items were examined (or 1 MB was read), and only then apply the
/// FilterExpression, so a page can hold fewer items than Limit and still have a LastEvaluatedKey, as in DynamoDB.
/// </summary>
internal static class QueryOperations
{
    private const int PageBytes = 1024 * 1024;

    public static JsonObject Query(Database database, JsonObject request) => Read(database, request, isQuery: true);

    public static JsonObject Scan(Database database, JsonObject request)
    {
        if (request["Segment"] is not null || request["TotalSegments"] is not null)
            throw DynamoDbException.Unsupported("Parallel scan (Segment/TotalSegments)");
        return Read(database, request, isQuery: false);
    }

    private static JsonObject Read(Database database, JsonObject request, bool isQuery)
    {
        LegacyParameters.Reject(request, "KeyConditions", "QueryFilter", "ScanFilter", "AttributesToGet", "ConditionalOperator");
        var table = database.Table(request.RequiredString("TableName"));
        var indexName = request.OptionalString("IndexName");
        var index = indexName is null ? null : table.Indexes.FirstOrDefault(i => i.Name == indexName)
            ?? throw DynamoDbException.Validation($"The table does not have the specified index: {indexName}");
        if (index is not null && request.OptionalBool("ConsistentRead") == true)
            throw DynamoDbException.Validation("Consistent reads are not supported on global secondary indexes");

        var keyText = isQuery ? request.OptionalString("KeyConditionExpression") : null;
        if (isQuery && keyText is null)
            throw DynamoDbException.Validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        var filterText = request.OptionalString("FilterExpression");
        var projectionText = request.OptionalString("ProjectionExpression");
        var attributes = ExpressionAttributes.Read(request, keyText is not null || filterText is not null || projectionText is not null);
        var keyCondition = keyText is null ? null
            : KeyCondition.From(ExpressionParser.ParseCondition(keyText, "KeyConditionExpression", attributes), index?.Key ?? table.Key);
        var filter = filterText is null ? null : ExpressionParser.ParseCondition(filterText, "FilterExpression", attributes);
        var projection = projectionText is null ? null : new Projection(ExpressionParser.ParseProjection(projectionText, attributes));
        attributes.EnsureAllUsed();

        var select = ReadSelect(request, index, projection is not null);
        var limit = request.OptionalNumber("Limit");
        if (limit is < 1)
            throw DynamoDbException.Validation(
                $"1 validation error detected: Value '{limit}' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
        var forward = !isQuery || (request.OptionalBool("ScanIndexForward") ?? true);
        var startKey = ReadStartKey(table, index, request.OptionalObject("ExclusiveStartKey"));

        var store = index?.Items ?? table.Items;
        AttributeValue[] prefix = keyCondition is null ? [] : [keyCondition.HashValue];
        var matches = new List<IReadOnlyDictionary<string, AttributeValue>>();
        IReadOnlyDictionary<string, AttributeValue>? lastRead = null;
        var scanned = 0;
        var bytes = 0;
        var stopped = false;
        foreach (var item in store.Read(prefix, forward, startKey))
        {
            if (keyCondition?.RangeCondition is { } range && !range.Evaluate(item)) continue;
            scanned++;
            bytes += AttributeValueJson.ItemSize(item);
            lastRead = item;
            if (filter is null || filter.Evaluate(item)) matches.Add(item);
            if (scanned == limit || bytes >= PageBytes)
            {
                stopped = true;
                break;
            }
        }

        var response = new JsonObject();
        if (select != "COUNT")
            response["Items"] = new JsonArray(matches
                .Select(item => index?.Project(item, table.Key) ?? item)
                .Select(item => (JsonNode)AttributeValueJson.WriteItem(projection?.Apply(item) ?? item))
                .ToArray());
        response["Count"] = matches.Count;
        response["ScannedCount"] = scanned;
        if (stopped && lastRead is not null)
        {
            var keyNames = table.Key.Names.Concat(index?.Key.Names ?? []).Distinct();
            response["LastEvaluatedKey"] = AttributeValueJson.WriteItem(keyNames.Select(n => KeyValuePair.Create(n, lastRead[n])));
        }
        return response;
    }

    private static string ReadSelect(JsonObject request, SecondaryIndex? index, bool hasProjection)
    {
        var select = request.OptionalEnum("Select", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT");
        if (hasProjection && select is not (null or "SPECIFIC_ATTRIBUTES"))
            throw DynamoDbException.Validation($"Cannot specify the ProjectionExpression when choosing to get {select}");
        if (select == "SPECIFIC_ATTRIBUTES" && !hasProjection)
            throw DynamoDbException.Validation("Must specify the ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
        if (select == "ALL_PROJECTED_ATTRIBUTES" && index is null)
            throw DynamoDbException.Validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
        if (select == "ALL_ATTRIBUTES" && index is { ProjectionType: not "ALL" })
            throw DynamoDbException.Validation(
                $"One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index {index.Name} because its projection type is not ALL");
        return select ?? "ALL_ATTRIBUTES";
    }

    // The key a page ended on: the table key, plus the index key when reading an index.
    private static AttributeValue[]? ReadStartKey(Table table, SecondaryIndex? index, JsonObject? node)
    {
        if (node is null) return null;
        var key = AttributeValueJson.ReadItem(node);
        var expected = table.Key.Names.Concat(index?.Key.Names ?? []).Distinct().ToList();
        var entryKey = index is null ? table.Key.KeyOf(key) : index.EntryKey(key, table.Key);
        if (key.Count != expected.Count || entryKey is null || table.Key.KeyOf(key) is null)
            throw DynamoDbException.Validation("The provided starting key is invalid: The provided key element does not match the schema");
        return entryKey;
    }
}

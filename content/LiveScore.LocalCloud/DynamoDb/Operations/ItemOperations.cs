using System.Text.Json.Nodes;
using LiveScore.LocalCloud.DynamoDb.Expressions;
using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Operations;

/// <summary>GetItem, PutItem, UpdateItem and DeleteItem.</summary>
internal static class ItemOperations
{
    public static JsonObject GetItem(Database database, JsonObject request)
    {
        LegacyParameters.Reject(request, "AttributesToGet");
        var table = database.Table(request.RequiredString("TableName"));
        var key = ItemRules.ReadKey(table, request["Key"]);
        var projection = ReadProjection(request);
        request.OptionalBool("ConsistentRead");
        var item = table.Get(key);
        return item is null ? [] : new JsonObject { ["Item"] = AttributeValueJson.WriteItem(projection?.Apply(item) ?? item) };
    }

    /// <summary>
    /// A ProjectionExpression with its names. These reads have no ExpressionAttributeValues member, so one sent anyway
    /// is ignored like any unknown member.
    /// </summary>
    public static Projection? ReadProjection(JsonObject request)
    {
        var text = request.OptionalString("ProjectionExpression");
        var attributes = ExpressionAttributes.Read(request, text is not null, withValues: false);
        var projection = text is null ? null : new Projection(ExpressionParser.ParseProjection(text, attributes));
        attributes.EnsureAllUsed();
        return projection;
    }

    public static JsonObject PutItem(Database database, JsonObject request) =>
        Write(database, WriteKind.Put, request, "NONE", "ALL_OLD");

    public static JsonObject DeleteItem(Database database, JsonObject request) =>
        Write(database, WriteKind.Delete, request, "NONE", "ALL_OLD");

    public static JsonObject UpdateItem(Database database, JsonObject request) =>
        Write(database, WriteKind.Update, request, "NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");

    private static JsonObject Write(Database database, WriteKind kind, JsonObject request, params string[] allowedReturnValues)
    {
        var returnValues = request.OptionalEnum("ReturnValues", "NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW") ?? "NONE";
        var action = WriteAction.Parse(database, kind, request);
        if (!allowedReturnValues.Contains(returnValues)) throw DynamoDbException.Validation("Return values set to invalid value");

        var current = action.Current;
        if (!action.ConditionHolds(current)) throw action.ConditionFailed(current);
        var updated = action.Apply(current);
        database.Write(action.Table, action.Key, current, updated);

        var returned = returnValues switch
        {
            "ALL_OLD" => current,
            "ALL_NEW" => updated,
            "UPDATED_OLD" => current is null ? null : UpdatedAttributes(action, current).Apply(current),
            "UPDATED_NEW" => UpdatedAttributes(action, null).Apply(updated!),
            _ => null,
        };
        return returned is null || returned.Count == 0 ? [] : new JsonObject { ["Attributes"] = AttributeValueJson.WriteItem(returned) };
    }

    /// <summary>
    /// The attributes UPDATED_OLD / UPDATED_NEW return: whole top-level attributes even when only a nested path
    /// changed, and removals only in the old image and only when there was something to remove, as DynamoDB Local does.
    /// </summary>
    private static Projection UpdatedAttributes(WriteAction action, IReadOnlyDictionary<string, AttributeValue>? oldItem)
    {
        var update = action.Update;
        if (update is null) return new Projection([]);
        var paths = update.Sets.Select(s => s.Path).Concat(update.Adds.Select(a => a.Path)).Concat(update.Deletes.Select(d => d.Path));
        if (oldItem is not null) paths = paths.Concat(update.Removes.Where(r => r.Resolve(oldItem) is not null));
        return new Projection(paths.Select(p => p.TopLevelName).Distinct().Select(n => new DocumentPath([new PathElement(n, 0)])));
    }
}

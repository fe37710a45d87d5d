using System.Text.Json.Nodes;
using LiveScore.LocalCloud.DynamoDb.Expressions;
using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Operations;

using Item = IReadOnlyDictionary<string, AttributeValue>;

internal enum WriteKind { Put, Update, Delete, ConditionCheck }

/// <summary>
/// One Put, Update, Delete or ConditionCheck, parsed and validated up front. PutItem, UpdateItem, DeleteItem and
/// each element of TransactWriteItems share it, so they check and apply in the same way.
/// </summary>
internal sealed class WriteAction
{
    private static readonly Item EmptyItem = new Dictionary<string, AttributeValue>();

    private WriteAction(WriteKind kind, Table table, Item key)
    {
        Kind = kind;
        Table = table;
        Key = key;
    }

    public WriteKind Kind { get; }
    public Table Table { get; }
    public Item Key { get; }
    public Item? PutItem { get; private init; }
    public UpdateExpression? Update { get; private init; }
    public Condition? Condition { get; private init; }
    public bool ReturnOldItemOnConditionFailure { get; private init; }

    public static WriteAction Parse(Database database, WriteKind kind, JsonObject request)
    {
        LegacyParameters.Reject(request, "Expected", "ConditionalOperator", "AttributeUpdates");
        var table = database.Table(request.RequiredString("TableName"));
        Dictionary<string, AttributeValue>? putItem = null;
        Item key;
        if (kind == WriteKind.Put)
        {
            putItem = AttributeValueJson.ReadItem(request.RequiredObject("Item"));
            ItemRules.CheckItem(table, putItem);
            key = table.Key.KeyAttributes(putItem);
        }
        else key = ItemRules.ReadKey(table, request["Key"]);

        var conditionText = request.OptionalString("ConditionExpression");
        var updateText = kind == WriteKind.Update ? request.OptionalString("UpdateExpression") : null;
        if (kind == WriteKind.ConditionCheck && conditionText is null)
            throw DynamoDbException.Validation("1 validation error detected: Value null at 'conditionExpression' failed to satisfy constraint: Member must not be null");
        var attributes = ExpressionAttributes.Read(request, conditionText is not null || updateText is not null);
        var update = updateText is null ? null : ExpressionParser.ParseUpdate(updateText, attributes);
        var condition = conditionText is null ? null : ExpressionParser.ParseCondition(conditionText, "ConditionExpression", attributes);
        attributes.EnsureAllUsed();
        if (update?.Paths.FirstOrDefault(p => table.Key.Names.Contains(p.TopLevelName)) is { } keyPath)
            throw DynamoDbException.Validation(
                $"One or more parameter values were invalid: Cannot update attribute {keyPath.TopLevelName}. This attribute is part of the key");

        return new WriteAction(kind, table, key)
        {
            PutItem = putItem,
            Update = update,
            Condition = condition,
            ReturnOldItemOnConditionFailure =
                request.OptionalEnum("ReturnValuesOnConditionCheckFailure", "ALL_OLD", "NONE") == "ALL_OLD",
        };
    }

    public Item? Current => Table.Get(Key);

    public bool ConditionHolds(Item? current) => Condition?.Evaluate(current ?? EmptyItem) ?? true;

    /// <summary>The item after this action, or null when it deletes; checks the result like a put.</summary>
    public Item? Apply(Item? current)
    {
        switch (Kind)
        {
            case WriteKind.Put:
                return PutItem;
            case WriteKind.Delete:
                return null;
            case WriteKind.ConditionCheck:
                return current;
            default:
                var updated = Update?.Apply(current ?? Key) ?? new Dictionary<string, AttributeValue>(current ?? Key);
                ItemRules.CheckItem(Table, updated);
                return updated;
        }
    }

    public DynamoDbException ConditionFailed(Item? current)
    {
        var extra = ReturnOldItemOnConditionFailure && current is not null
            ? new JsonObject { ["Item"] = AttributeValueJson.WriteItem(current) }
            : null;
        return new DynamoDbException("ConditionalCheckFailedException", "The conditional request failed", extra);
    }
}

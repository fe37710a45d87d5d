using System.Text.Json.Nodes;
using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Operations;

using Item = IReadOnlyDictionary<string, AttributeValue>;

/// <summary>TransactWriteItems (all or nothing, with per-item cancellation reasons) and TransactGetItems.</summary>
internal static class TransactionOperations
{
    private static readonly (string Member, WriteKind Kind)[] Kinds =
        [("ConditionCheck", WriteKind.ConditionCheck), ("Put", WriteKind.Put), ("Delete", WriteKind.Delete), ("Update", WriteKind.Update)];

    public static JsonObject TransactWriteItems(Database database, JsonObject request)
    {
        var elements = request.RequiredArray("TransactItems").Objects().ToList();
        CheckCount(elements.Count);
        request.OptionalString("ClientRequestToken");
        var actions = elements.Select(element =>
        {
            var present = Kinds.Where(k => element[k.Member] is not null).ToList();
            if (present.Count != 1)
                throw DynamoDbException.Validation("TransactItems can only contain one of Check, Put, Update or Delete");
            return WriteAction.Parse(database, present[0].Kind, element.RequiredObject(present[0].Member));
        }).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (actions.Any(a => !seen.Add(a.Table.Name + "\u0002" + ItemRules.Identity(a.Table, a.Key))))
            throw DynamoDbException.Validation("Transaction request cannot include multiple operations on one item");

        var outcomes = new List<(WriteAction Action, Item? Current, Item? Updated)>();
        var reasons = new JsonArray();
        var cancelled = false;
        foreach (var action in actions)
        {
            var current = action.Current;
            if (!action.ConditionHolds(current))
            {
                cancelled = true;
                var reason = new JsonObject { ["Code"] = "ConditionalCheckFailed", ["Message"] = "The conditional request failed" };
                if (action.ReturnOldItemOnConditionFailure && current is not null) reason["Item"] = AttributeValueJson.WriteItem(current);
                reasons.Add(reason);
                continue;
            }
            try
            {
                outcomes.Add((action, current, action.Apply(current)));
                reasons.Add(new JsonObject { ["Code"] = "None" });
            }
            catch (DynamoDbException e) when (e.Code == "ValidationException")
            {
                cancelled = true;
                reasons.Add(new JsonObject { ["Code"] = "ValidationError", ["Message"] = e.Message });
            }
        }
        if (cancelled)
        {
            var codes = string.Join(", ", reasons.Select(r => r!["Code"]!.GetValue<string>()));
            throw new DynamoDbException("TransactionCanceledException",
                $"Transaction cancelled, please refer cancellation reasons for specific reasons [{codes}]",
                new JsonObject { ["CancellationReasons"] = reasons });
        }
        foreach (var (action, current, updated) in outcomes.Where(o => o.Action.Kind != WriteKind.ConditionCheck))
            database.Write(action.Table, action.Key, current, updated);
        return [];
    }

    public static JsonObject TransactGetItems(Database database, JsonObject request)
    {
        var elements = request.RequiredArray("TransactItems").Objects().ToList();
        CheckCount(elements.Count);
        var reads = elements.Select(element =>
        {
            var get = element.RequiredObject("Get");
            var table = database.Table(get.RequiredString("TableName"));
            return (Table: table, Key: ItemRules.ReadKey(table, get["Key"]), Projection: ItemOperations.ReadProjection(get));
        }).ToList();
        var responses = reads.Select(read =>
        {
            var item = read.Table.Get(read.Key);
            return (JsonNode)(item is null ? new JsonObject() : new JsonObject { ["Item"] = AttributeValueJson.WriteItem(read.Projection?.Apply(item) ?? item) });
        });
        return new JsonObject { ["Responses"] = new JsonArray(responses.ToArray()) };
    }

    private static void CheckCount(int count)
    {
        if (count is < 1 or > 100)
            throw DynamoDbException.Validation(
                "1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100 and greater than or equal to 1");
    }
}

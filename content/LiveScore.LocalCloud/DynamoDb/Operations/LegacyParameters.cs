using System.Text.Json.Nodes;

namespace LiveScore.LocalCloud.DynamoDb.Operations;

/// <summary>
/// The pre-expression parameters (Expected, AttributeUpdates, ScanFilter, ...). DynamoDB still accepts them, but the
/// embedded engine does not implement them, and refusing is better than ignoring a condition.
/// </summary>
internal static class LegacyParameters
{
    public static void Reject(JsonObject request, params string[] names)
    {
        foreach (var name in names)
            if (request[name] is not null)
                throw DynamoDbException.Unsupported($"The legacy parameter {name} (use the expression parameters instead)");
    }
}

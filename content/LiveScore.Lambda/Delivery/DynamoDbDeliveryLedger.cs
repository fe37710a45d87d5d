using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace LiveScore.Lambda.Delivery;

/// <summary>
/// The Deliveries table: a conditional put claims an id (free, or pending with an expired lease), an update marks
/// it done; items expire through TTL after a day.
/// </summary>
public sealed class DynamoDbDeliveryLedger(IAmazonDynamoDB dynamoDb, string tableName, TimeProvider clock) : IDeliveryLedger
{
    private const string Pending = "pending";
    private const string Done = "done";

    /// <inheritdoc/>
    public async Task<Claim> TryClaimAsync(string deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = new Dictionary<string, AttributeValue>
                {
                    ["deliveryId"] = new() { S = deliveryId },
                    ["state"] = new() { S = Pending },
                    ["leaseUntil"] = Seconds(now.Add(Deliveries.Lease)),
                    ["expiresAt"] = Seconds(now.Add(Deliveries.Retention)),
                },
                ConditionExpression = "attribute_not_exists(deliveryId) OR (#state = :pending AND leaseUntil < :now)",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#state"] = "state" },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":pending"] = new() { S = Pending }, [":now"] = Seconds(now) },
            }, cancellationToken);
            return Claim.Claimed;
        }
        catch (ConditionalCheckFailedException)
        {
            var existing = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = Key(deliveryId), ConsistentRead = true }, cancellationToken);
            return existing.Item?.GetValueOrDefault("state")?.S == Done ? Claim.Done : Claim.Busy;
        }
    }

    /// <inheritdoc/>
    public Task CompleteAsync(string deliveryId, CancellationToken cancellationToken) =>
        dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = tableName,
            Key = Key(deliveryId),
            UpdateExpression = "SET #state = :done",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#state"] = "state" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":done"] = new() { S = Done } },
        }, cancellationToken);

    /// <inheritdoc/>
    public Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken) =>
        dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = tableName, Key = Key(deliveryId) }, cancellationToken);

    private static Dictionary<string, AttributeValue> Key(string deliveryId) => new() { ["deliveryId"] = new() { S = deliveryId } };

    private static AttributeValue Seconds(DateTimeOffset time) => new() { N = time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
}

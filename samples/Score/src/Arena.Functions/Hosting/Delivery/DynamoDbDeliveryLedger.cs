using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Arena.Functions.Hosting.Delivery;

/// <summary>The Deliveries table: a conditional put claims an id; items expire through TTL after a day.</summary>
public sealed class DynamoDbDeliveryLedger(IAmazonDynamoDB dynamoDb, string tableName, TimeProvider clock) : IDeliveryLedger
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async Task<bool> TryClaimAsync(string deliveryId, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = new Dictionary<string, AttributeValue>
                {
                    ["deliveryId"] = new() { S = deliveryId },
                    ["expiresAt"] = new() { N = clock.GetUtcNow().Add(Retention).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) },
                },
                ConditionExpression = "attribute_not_exists(deliveryId)",
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    public Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken) =>
        dynamoDb.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = tableName,
            Key = new Dictionary<string, AttributeValue> { ["deliveryId"] = new() { S = deliveryId } },
        }, cancellationToken);
}

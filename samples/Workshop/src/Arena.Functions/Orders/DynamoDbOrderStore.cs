using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Arena.Functions.Orders;

/// <summary>
/// Orders through the AWS SDK. With an Idempotency-Key, the order and the key are written in one transaction,
/// so a retried request can never store a second order.
/// </summary>
public sealed class DynamoDbOrderStore(IAmazonDynamoDB dynamoDb, string ordersTable, string idempotencyTable, TimeProvider clock) : IOrderStore
{
    public static readonly TimeSpan KeyRetention = TimeSpan.FromHours(24);
    private const int MaxConflictAttempts = 5;

    public async Task<PlacedOrder> PlaceAsync(Order order, IdempotencyClaim? claim, CancellationToken cancellationToken)
    {
        var putOrder = new Put { TableName = ordersTable, Item = ToItem(order), ConditionExpression = "attribute_not_exists(orderId)" };
        if (claim is null)
        {
            await dynamoDb.PutItemAsync(new PutItemRequest { TableName = putOrder.TableName, Item = putOrder.Item, ConditionExpression = putOrder.ConditionExpression }, cancellationToken);
            return new PlacedOrder(order, Replayed: false);
        }
        var now = clock.GetUtcNow();
        var putKey = new Put
        {
            TableName = idempotencyTable,
            Item = new Dictionary<string, AttributeValue>
            {
                ["idempotencyKey"] = new() { S = claim.StoredKey },
                ["orderId"] = new() { S = order.OrderId },
                ["fingerprint"] = new() { S = claim.RequestFingerprint },
                ["expiresAt"] = Seconds(now.Add(KeyRetention)),
            },
            // TTL deletes lazily: an expired key counts as free.
            ConditionExpression = "attribute_not_exists(idempotencyKey) OR expiresAt < :now",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":now"] = Seconds(now) },
        };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest
                {
                    TransactItems = [new TransactWriteItem { Put = putKey }, new TransactWriteItem { Put = putOrder }],
                }, cancellationToken);
                return new PlacedOrder(order, Replayed: false);
            }
            catch (TransactionCanceledException e) when (e.CancellationReasons?.FirstOrDefault()?.Code == "ConditionalCheckFailed")
            {
                return await ReplayAsync(claim, cancellationToken);
            }
            catch (TransactionCanceledException e) when (attempt < MaxConflictAttempts && e.CancellationReasons?.Any(r => r.Code == "TransactionConflict") == true)
            {
                // The same key is being written by a concurrent retry of this request: once it commits, this one replays it.
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), clock, cancellationToken);
            }
        }
    }

    public async Task<Order?> GetAsync(string orderId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = ordersTable,
            Key = new Dictionary<string, AttributeValue> { ["orderId"] = new() { S = orderId } },
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item is { Count: > 0 } item ? FromItem(item) : null;
    }

    private async Task<PlacedOrder> ReplayAsync(IdempotencyClaim claim, CancellationToken cancellationToken)
    {
        var first = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = idempotencyTable,
            Key = new Dictionary<string, AttributeValue> { ["idempotencyKey"] = new() { S = claim.StoredKey } },
            ConsistentRead = true,
        }, cancellationToken);
        if (first.Item is not { Count: > 0 } key || key["fingerprint"].S != claim.RequestFingerprint)
        {
            throw new IdempotencyKeyReusedException(claim.Key);
        }
        var order = await GetAsync(key["orderId"].S, cancellationToken)
            ?? throw new InvalidOperationException($"Idempotency-Key '{claim.Key}' names order {key["orderId"].S}, which does not exist.");
        return new PlacedOrder(order, Replayed: true);
    }

    public static Dictionary<string, AttributeValue> ToItem(Order order)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["orderId"] = new() { S = order.OrderId },
            ["customerName"] = new() { S = order.CustomerName },
            ["productName"] = new() { S = order.ProductName },
            ["quantity"] = new() { N = order.Quantity.ToString(CultureInfo.InvariantCulture) },
            ["orderTime"] = new() { S = order.OrderTime },
        };
        if (order.OwnerId is not null)
        {
            item["ownerId"] = new() { S = order.OwnerId };
        }
        return item;
    }

    public static Order FromItem(Dictionary<string, AttributeValue> item) => new(
        item["orderId"].S,
        item["customerName"].S,
        item["productName"].S,
        int.Parse(item["quantity"].N, CultureInfo.InvariantCulture),
        item["orderTime"].S,
        item.TryGetValue("ownerId", out var owner) ? owner.S : null);

    private static AttributeValue Seconds(DateTimeOffset time) => new() { N = time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
}

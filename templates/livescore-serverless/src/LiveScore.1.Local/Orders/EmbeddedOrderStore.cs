using System.Globalization;
using LiveScore.Lambda.Events;
using LiveScore._1.Functions.Orders;
using LiveScore.LocalCloud.Tables;

namespace LiveScore._1.Local.Orders;

/// <summary>
/// The Orders and IdempotencyKeys tables in memory, with the item attributes of <see cref="DynamoDbOrderStore"/>
/// (so stream images read the same) and its all-or-nothing write of an order with its key.
/// </summary>
public sealed class EmbeddedOrderStore(EmbeddedTable orders, EmbeddedTable keys, TimeProvider clock) : IOrderStore
{
    public Task<PlacedOrder> PlaceAsync(Order order, IdempotencyClaim? claim, CancellationToken cancellationToken)
    {
        if (claim is null)
        {
            orders.Put(ToItem(order), existing => existing is null);
            return Task.FromResult(new PlacedOrder(order, Replayed: false));
        }
        // Every worker's store shares the tables: locking the keys table makes "claim key, store order" one step.
        lock (keys)
        {
            var now = clock.GetUtcNow();
            var first = keys.Get(KeyOf(claim.Key));
            if (first is not null && long.Parse(first["expiresAt"].N!, CultureInfo.InvariantCulture) >= now.ToUnixTimeSeconds())
            {
                if (first["fingerprint"].S != claim.RequestFingerprint)
                {
                    throw new IdempotencyKeyReusedException(claim.Key);
                }
                var stored = OrderNotifications.FromImage(orders.Get(new Dictionary<string, AttributeValue> { ["orderId"] = new() { S = first["orderId"].S } }))
                    ?? throw new InvalidOperationException($"Idempotency-Key '{claim.Key}' names order {first["orderId"].S}, which does not exist.");
                return Task.FromResult(new PlacedOrder(stored, Replayed: true));
            }
            keys.Put(new Dictionary<string, AttributeValue>
            {
                ["idempotencyKey"] = new() { S = claim.Key },
                ["orderId"] = new() { S = order.OrderId },
                ["fingerprint"] = new() { S = claim.RequestFingerprint },
                ["expiresAt"] = new() { N = now.Add(DynamoDbOrderStore.KeyRetention).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) },
            });
            orders.Put(ToItem(order), existing => existing is null);
            return Task.FromResult(new PlacedOrder(order, Replayed: false));
        }
    }

    public Task<Order?> GetAsync(string orderId, CancellationToken cancellationToken) =>
        Task.FromResult(OrderNotifications.FromImage(orders.Get(new Dictionary<string, AttributeValue> { ["orderId"] = new() { S = orderId } })));

    private static Dictionary<string, AttributeValue> KeyOf(string key) => new() { ["idempotencyKey"] = new() { S = key } };

    private static Dictionary<string, AttributeValue> ToItem(Order order) => new()
    {
        ["orderId"] = new() { S = order.OrderId },
        ["customerName"] = new() { S = order.CustomerName },
        ["productName"] = new() { S = order.ProductName },
        ["quantity"] = new() { N = order.Quantity.ToString(CultureInfo.InvariantCulture) },
        ["orderTime"] = new() { S = order.OrderTime },
    };
}

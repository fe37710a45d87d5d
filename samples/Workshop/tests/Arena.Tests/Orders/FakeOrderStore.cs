using System.Collections.Concurrent;
using Arena.Functions.Orders;

namespace Arena.Tests.Orders;

internal sealed class FakeOrderStore : IOrderStore
{
    private readonly ConcurrentDictionary<string, IdempotencyClaim> _claims = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _orderByKey = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Order> Orders { get; } = new(StringComparer.Ordinal);

    public Task<PlacedOrder> PlaceAsync(Order order, IdempotencyClaim? claim, CancellationToken cancellationToken)
    {
        lock (_claims)
        {
            if (claim is not null && _claims.TryGetValue(claim.StoredKey, out var first))
            {
                return first.RequestFingerprint == claim.RequestFingerprint
                    ? Task.FromResult(new PlacedOrder(Orders[_orderByKey[claim.StoredKey]], Replayed: true))
                    : throw new IdempotencyKeyReusedException(claim.Key);
            }
            Orders[order.OrderId] = order;
            if (claim is not null)
            {
                _claims[claim.StoredKey] = claim;
                _orderByKey[claim.StoredKey] = order.OrderId;
            }
            return Task.FromResult(new PlacedOrder(order, Replayed: false));
        }
    }

    public Task<Order?> GetAsync(string orderId, CancellationToken cancellationToken) => Task.FromResult(Orders.GetValueOrDefault(orderId));
}

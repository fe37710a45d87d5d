namespace Arena.Functions.Orders;

/// <summary>Port to the Orders and IdempotencyKeys tables.</summary>
public interface IOrderStore
{
    /// <summary>Stores the order, or, when the claim's key was used before with the same request, returns that first order.</summary>
    /// <exception cref="IdempotencyKeyReusedException">The key was used with a different request.</exception>
    Task<PlacedOrder> PlaceAsync(Order order, IdempotencyClaim? claim, CancellationToken cancellationToken);

    Task<Order?> GetAsync(string orderId, CancellationToken cancellationToken);
}

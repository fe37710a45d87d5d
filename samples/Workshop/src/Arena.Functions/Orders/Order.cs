namespace Arena.Functions.Orders;

/// <summary>A stored order; <see cref="OrderId"/> is a server-generated UUID.</summary>
/// <param name="OwnerId">The signed-in customer who placed it (their user id); null where orders are open to anyone (--auth none).</param>
public sealed record Order(string OrderId, string CustomerName, string ProductName, int Quantity, string OrderTime, string? OwnerId = null);

/// <summary>What a client orders.</summary>
public sealed record OrderInput(string CustomerName, string ProductName, int Quantity);

/// <summary>An Idempotency-Key and the fingerprint of the request it was first used with.</summary>
/// <param name="OwnerId">The customer the key belongs to: two customers' keys never meet, even when they are the same text.</param>
public sealed record IdempotencyClaim(string Key, string RequestFingerprint, string? OwnerId = null)
{
    /// <summary>The key as stored: the customer's own key, under their user id.</summary>
    public string StoredKey => OwnerId is null ? Key : $"{OwnerId}/{Key}";
}

/// <summary>The result of placing an order: the order, and whether it was stored by an earlier request with the same key.</summary>
public sealed record PlacedOrder(Order Order, bool Replayed);

/// <summary>An Idempotency-Key was reused with a different request.</summary>
public sealed class IdempotencyKeyReusedException(string key)
    : Exception($"The Idempotency-Key '{key}' was already used with a different order.");

/// <summary>Seed 002's answer to a placed order, on the workshop route.</summary>
public sealed record WorkshopPlaced(string Message, string OrderId);

/// <summary>Seed 002's answer to a refused order, on the workshop route.</summary>
public sealed record WorkshopError(string Error);

namespace Arena.Functions.Hosting.Delivery;

/// <summary>
/// Remembers side effects already performed for a stream record, so a redelivered record (Lambda retries
/// whole batches) never sends a second email or push for the same change.
/// </summary>
public interface IDeliveryLedger
{
    /// <returns>True when this delivery id was not claimed before and now belongs to the caller.</returns>
    Task<bool> TryClaimAsync(string deliveryId, CancellationToken cancellationToken);

    /// <summary>Gives a claim back after the side effect failed, so the retry performs it.</summary>
    Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken);
}

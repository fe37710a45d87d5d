namespace LiveScore.Lambda.Delivery;

/// <summary>
/// Suppresses repeats of a side effect per delivery id, through an <see cref="IDeliveryLedger"/>: at-least-once delivery
/// with a dedupe ledger. A repeat still happens when the effect took place but was not recorded: its call failed after
/// the service acted on it (a lost or late answer), or the invocation ended between the effect and the record.
/// </summary>
public static class Deliveries
{
    /// <summary>How long a claim holds: longer than any stream function's timeout, so a live invocation is never overtaken.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    /// <summary>How long a performed delivery is remembered (longer than a stream record can be redelivered).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>
    /// Performs <paramref name="effect"/> unless the ledger says it was performed: claimed first, recorded after, released
    /// when it fails so a retry performs it again.
    /// </summary>
    /// <returns>False when it had been performed already.</returns>
    /// <exception cref="DeliveryBusyException">Another invocation is performing it now; the record is retried later.</exception>
    public static async Task<bool> OnceAsync(this IDeliveryLedger ledger, string deliveryId, Func<CancellationToken, Task> effect, CancellationToken cancellationToken)
    {
        switch (await ledger.TryClaimAsync(deliveryId, cancellationToken))
        {
            case Claim.Done:
                return false;
            case Claim.Busy:
                throw new DeliveryBusyException(deliveryId);
        }
        try
        {
            await effect(cancellationToken);
        }
        catch
        {
            await ledger.ReleaseAsync(deliveryId, CancellationToken.None);
            throw;
        }
        await ledger.CompleteAsync(deliveryId, cancellationToken);
        return true;
    }
}

/// <summary>Another invocation holds the claim on a delivery; the record fails now and is retried later.</summary>
/// <param name="deliveryId">The delivery that is claimed elsewhere.</param>
public sealed class DeliveryBusyException(string deliveryId)
    : Exception($"Delivery {deliveryId} is being performed by another invocation; it is retried once that one finishes or its lease ends.");

namespace LiveScore.Lambda.Delivery;

/// <summary>Performs side effects at most once per delivery id, through an <see cref="IDeliveryLedger"/>.</summary>
public static class Deliveries
{
    /// <summary>How long a claim holds: longer than any stream function's timeout, so a live invocation is never overtaken.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    /// <summary>How long a performed delivery is remembered (longer than a stream record can be redelivered).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>Performs <paramref name="effect"/> at most once per delivery id: claimed first, completed after, released if it fails.</summary>
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

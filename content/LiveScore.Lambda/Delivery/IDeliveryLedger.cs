namespace LiveScore.Lambda.Delivery;

/// <summary>The outcome of trying to claim a delivery.</summary>
public enum Claim
{
    /// <summary>The caller now holds the delivery until its lease ends.</summary>
    Claimed,

    /// <summary>The delivery was performed before: nothing to do.</summary>
    Done,

    /// <summary>Another invocation holds a live lease on it: try again later.</summary>
    Busy,
}

/// <summary>
/// Remembers side effects already performed for a stream record, so a redelivered record (Lambda retries
/// whole batches) never sends a second email or push for the same change. A claim is a lease: if the process
/// dies before completing or releasing it, the delivery becomes claimable again once the lease ends.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>Claims the delivery for the caller, unless it was performed already or another invocation holds it.</summary>
    Task<Claim> TryClaimAsync(string deliveryId, CancellationToken cancellationToken);

    /// <summary>Marks the delivery performed; it stays remembered for a day.</summary>
    Task CompleteAsync(string deliveryId, CancellationToken cancellationToken);

    /// <summary>Gives a claim back after the side effect failed, so the retry performs it.</summary>
    Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken);
}

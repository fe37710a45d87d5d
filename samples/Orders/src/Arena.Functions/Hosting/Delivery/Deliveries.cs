namespace Arena.Functions.Hosting.Delivery;

public static class Deliveries
{
    /// <summary>Performs <paramref name="effect"/> at most once per delivery id: claimed first, released if it fails.</summary>
    public static async Task<bool> OnceAsync(this IDeliveryLedger ledger, string deliveryId, Func<CancellationToken, Task> effect, CancellationToken cancellationToken)
    {
        if (!await ledger.TryClaimAsync(deliveryId, cancellationToken))
        {
            return false;
        }
        try
        {
            await effect(cancellationToken);
            return true;
        }
        catch
        {
            await ledger.ReleaseAsync(deliveryId, CancellationToken.None);
            throw;
        }
    }
}

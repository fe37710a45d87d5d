using System.Collections.Concurrent;

namespace LiveScore.Lambda.Delivery;

/// <summary>
/// A delivery ledger held in memory: for unit tests of stream processing, where no DynamoDB is at hand. It remembers
/// only what this process saw, so a deployed function uses <see cref="DynamoDbDeliveryLedger"/>.
/// </summary>
public sealed class InMemoryDeliveryLedger : IDeliveryLedger
{
    private readonly ConcurrentDictionary<string, bool> _done = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<Claim> TryClaimAsync(string deliveryId, CancellationToken cancellationToken) =>
        Task.FromResult(!_done.TryAdd(deliveryId, false) ? (_done[deliveryId] ? Claim.Done : Claim.Busy) : Claim.Claimed);

    /// <inheritdoc/>
    public Task CompleteAsync(string deliveryId, CancellationToken cancellationToken)
    {
        _done[deliveryId] = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken)
    {
        _done.TryRemove(deliveryId, out _);
        return Task.CompletedTask;
    }
}

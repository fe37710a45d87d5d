using System.Collections.Concurrent;
using LiveScore.Lambda.Delivery;

namespace LiveScore._1.Tests.TestDoubles;

internal sealed class InMemoryLedger : IDeliveryLedger
{
    private readonly ConcurrentDictionary<string, bool> _done = new(StringComparer.Ordinal);

    public Task<Claim> TryClaimAsync(string deliveryId, CancellationToken cancellationToken) =>
        Task.FromResult(!_done.TryAdd(deliveryId, false) ? (_done[deliveryId] ? Claim.Done : Claim.Busy) : Claim.Claimed);

    public Task CompleteAsync(string deliveryId, CancellationToken cancellationToken)
    {
        _done[deliveryId] = true;
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken)
    {
        _done.TryRemove(deliveryId, out _);
        return Task.CompletedTask;
    }
}

using System.Collections.Concurrent;
using Arena.Functions.Hosting.Delivery;

namespace Arena.Tests.TestDoubles;

internal sealed class InMemoryLedger : IDeliveryLedger
{
    private readonly ConcurrentDictionary<string, bool> _claimed = new(StringComparer.Ordinal);

    public Task<bool> TryClaimAsync(string deliveryId, CancellationToken cancellationToken) => Task.FromResult(_claimed.TryAdd(deliveryId, true));

    public Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken)
    {
        _claimed.TryRemove(deliveryId, out _);
        return Task.CompletedTask;
    }
}

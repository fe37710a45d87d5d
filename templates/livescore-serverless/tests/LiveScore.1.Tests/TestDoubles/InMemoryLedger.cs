using System.Collections.Concurrent;
using LiveScore._1.Functions.Hosting.Delivery;

namespace LiveScore._1.Tests.TestDoubles;

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

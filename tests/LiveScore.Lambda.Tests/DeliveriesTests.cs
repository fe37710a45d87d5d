using LiveScore.Lambda.Delivery;

namespace LiveScore.Lambda.Tests;

public class DeliveriesTests
{
    private readonly InMemoryDeliveryLedger _ledger = new();
    private int _performed;

    [Fact]
    public async Task An_effect_runs_once_and_is_then_done()
    {
        Assert.True(await _ledger.OnceAsync("d1", Effect, CancellationToken.None));
        Assert.False(await _ledger.OnceAsync("d1", Effect, CancellationToken.None));

        Assert.Equal(1, _performed);
    }

    [Fact]
    public async Task A_delivery_held_by_another_invocation_fails_the_record_instead_of_skipping_it()
    {
        Assert.Equal(Claim.Claimed, await _ledger.TryClaimAsync("d2", CancellationToken.None));

        await Assert.ThrowsAsync<DeliveryBusyException>(() => _ledger.OnceAsync("d2", Effect, CancellationToken.None));

        Assert.Equal(0, _performed);
    }

    [Fact]
    public async Task A_failed_effect_is_released_for_the_retry()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _ledger.OnceAsync("d3", _ => throw new InvalidOperationException("SNS down"), CancellationToken.None));

        Assert.True(await _ledger.OnceAsync("d3", Effect, CancellationToken.None));
        Assert.Equal(1, _performed);
    }

    private Task Effect(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _performed);
        return Task.CompletedTask;
    }
}

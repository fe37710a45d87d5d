using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Delivery;
using LiveScore.LocalCloud.Tables;

namespace LiveScore.LocalCloud.Tests.Tables;

public class EmbeddedDeliveryLedgerTests
{
    private readonly ManualClock _clock = new();
    private readonly EmbeddedDeliveryLedger _ledger;

    public EmbeddedDeliveryLedgerTests()
    {
        _ledger = new EmbeddedDeliveryLedger(new EmbeddedTable(SharedTables.Deliveries, _clock), _clock);
    }

    [Fact]
    public async Task A_claim_is_busy_for_others_until_completed_then_done()
    {
        Assert.Equal(Claim.Claimed, await _ledger.TryClaimAsync("e1/email", CancellationToken.None));
        Assert.Equal(Claim.Busy, await _ledger.TryClaimAsync("e1/email", CancellationToken.None));

        await _ledger.CompleteAsync("e1/email", CancellationToken.None);

        Assert.Equal(Claim.Done, await _ledger.TryClaimAsync("e1/email", CancellationToken.None));
        _clock.Advance(Deliveries.Lease * 2);
        Assert.Equal(Claim.Done, await _ledger.TryClaimAsync("e1/email", CancellationToken.None));
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_again()
    {
        await _ledger.TryClaimAsync("e2/push", CancellationToken.None);

        await _ledger.ReleaseAsync("e2/push", CancellationToken.None);

        Assert.Equal(Claim.Claimed, await _ledger.TryClaimAsync("e2/push", CancellationToken.None));
    }

    [Fact]
    public async Task A_claim_whose_holder_died_is_claimable_once_its_lease_ends()
    {
        await _ledger.TryClaimAsync("e3/email", CancellationToken.None);

        _clock.Advance(Deliveries.Lease - TimeSpan.FromSeconds(5));
        Assert.Equal(Claim.Busy, await _ledger.TryClaimAsync("e3/email", CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(Claim.Claimed, await _ledger.TryClaimAsync("e3/email", CancellationToken.None));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

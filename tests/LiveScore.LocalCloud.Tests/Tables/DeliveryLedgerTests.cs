using Amazon.DynamoDBv2;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Delivery;
using LiveScore.LocalCloud.Tables;
using LiveScore.LocalCloud.Testing;
using Microsoft.Extensions.Time.Testing;

namespace LiveScore.LocalCloud.Tests.Tables;

/// <summary>
/// The DynamoDB delivery ledger of LiveScore.Lambda, through the AWS SDK, against the embedded endpoint and against
/// DynamoDB Local: the same claims, completions, releases and lease expiry from both.
/// </summary>
public sealed class DeliveryLedgerTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_ledger_works_the_same_against_the_embedded_endpoint()
    {
        await using var embedded = await EmbeddedDynamoDb.StartAsync();
        using var client = embedded.CreateClient();

        await RunContractAsync(client);
    }

    [DynamoDbFact]
    public async Task The_ledger_works_the_same_against_dynamodb_local()
    {
        using var client = DynamoDbLocal.CreateClient();

        await RunContractAsync(client);
    }

    private async Task RunContractAsync(IAmazonDynamoDB client)
    {
        var table = SharedTables.Deliveries with { Name = "Deliveries-" + Guid.NewGuid().ToString("N")[..8] };
        await DynamoDbTableProvisioner.EnsureAsync(client, table, CancellationToken.None);
        try
        {
            var ledger = new DynamoDbDeliveryLedger(client, table.Name, _clock);

            Assert.Equal(Claim.Claimed, await ledger.TryClaimAsync("a", CancellationToken.None));
            Assert.Equal(Claim.Busy, await ledger.TryClaimAsync("a", CancellationToken.None));
            await ledger.CompleteAsync("a", CancellationToken.None);
            Assert.Equal(Claim.Done, await ledger.TryClaimAsync("a", CancellationToken.None));

            Assert.Equal(Claim.Claimed, await ledger.TryClaimAsync("b", CancellationToken.None));
            await ledger.ReleaseAsync("b", CancellationToken.None);
            Assert.Equal(Claim.Claimed, await ledger.TryClaimAsync("b", CancellationToken.None));

            // A claim whose invocation died: held for the lease, claimable once it has run out.
            Assert.Equal(Claim.Claimed, await ledger.TryClaimAsync("c", CancellationToken.None));
            _clock.Advance(Deliveries.Lease - TimeSpan.FromSeconds(5));
            Assert.Equal(Claim.Busy, await ledger.TryClaimAsync("c", CancellationToken.None));
            _clock.Advance(TimeSpan.FromSeconds(10));
            Assert.Equal(Claim.Claimed, await ledger.TryClaimAsync("c", CancellationToken.None));
        }
        finally
        {
            await client.DeleteTableAsync(table.Name);
        }
    }
}

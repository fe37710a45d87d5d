using System.Globalization;
using LiveScore.Lambda.Delivery;
using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.Tables;

/// <summary>The Deliveries table in memory, with the same items and lease rules as <see cref="DynamoDbDeliveryLedger"/>.</summary>
public sealed class EmbeddedDeliveryLedger(EmbeddedTable table, TimeProvider clock) : IDeliveryLedger
{
    private const string Done = "done";

    public Task<Claim> TryClaimAsync(string deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var item = new Dictionary<string, AttributeValue>
        {
            ["deliveryId"] = new() { S = deliveryId },
            ["state"] = new() { S = "pending" },
            ["leaseUntil"] = Seconds(now.Add(Deliveries.Lease)),
            ["expiresAt"] = Seconds(now.Add(Deliveries.Retention)),
        };
        Claim outcome = Claim.Claimed;
        table.Put(item, existing =>
        {
            if (existing is null || (existing["state"].S != Done && long.Parse(existing["leaseUntil"].N!, CultureInfo.InvariantCulture) < now.ToUnixTimeSeconds()))
            {
                return true;
            }
            outcome = existing["state"].S == Done ? Claim.Done : Claim.Busy;
            return false;
        });
        return Task.FromResult(outcome);
    }

    public Task CompleteAsync(string deliveryId, CancellationToken cancellationToken)
    {
        table.Update(Key(deliveryId), existing => new Dictionary<string, AttributeValue>(existing ?? Key(deliveryId)) { ["state"] = new() { S = Done } });
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken)
    {
        table.Delete(Key(deliveryId));
        return Task.CompletedTask;
    }

    private static Dictionary<string, AttributeValue> Key(string deliveryId) => new() { ["deliveryId"] = new() { S = deliveryId } };

    private static AttributeValue Seconds(DateTimeOffset time) => new() { N = time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
}

using System.Globalization;
using Arena.Functions.Hosting.Delivery;
using Arena.Functions.Hosting.Events;

namespace Arena.Local.Hosting.Tables;

/// <summary>The Deliveries table in memory, with the same items as <see cref="DynamoDbDeliveryLedger"/>.</summary>
public sealed class EmbeddedDeliveryLedger(EmbeddedTable table, TimeProvider clock) : IDeliveryLedger
{
    public Task<bool> TryClaimAsync(string deliveryId, CancellationToken cancellationToken)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["deliveryId"] = new() { S = deliveryId },
            ["expiresAt"] = new() { N = clock.GetUtcNow().Add(DynamoDbDeliveryLedger.Retention).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) },
        };
        return Task.FromResult(table.Put(item, existing => existing is null));
    }

    public Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken)
    {
        table.Delete(new Dictionary<string, AttributeValue> { ["deliveryId"] = new() { S = deliveryId } });
        return Task.CompletedTask;
    }
}

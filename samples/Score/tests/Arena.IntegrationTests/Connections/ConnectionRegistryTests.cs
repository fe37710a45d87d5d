using Amazon.DynamoDBv2.Model;
using Arena.Functions.Connections;
using Arena.IntegrationTests.LocalCloud;
using LiveScore.Lambda;
using LiveScore.LocalCloud.Testing;

namespace Arena.IntegrationTests.Connections;

public sealed class ConnectionsTableFixture() : TableFixture(ConnectionsCatalog.Connections);

/// <summary>
/// What the connection registry must do, run against the embedded DynamoDB endpoint and against DynamoDB Local.
/// Connection ids are unique per scenario, so a table can be shared.
/// </summary>
public sealed class ConnectionRegistryTests(ConnectionsTableFixture table) : IClassFixture<ConnectionsTableFixture>
{
    // Near the real time: DynamoDB Local deletes items whose TTL (expiresAt) has passed, as DynamoDB does.
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task A_closed_connection_keeps_its_record_with_a_ttl_but_is_no_longer_listed(string endpoint)
    {
        var registry = new DynamoDbConnectionRegistry(table.Tables.Client(endpoint), table.Tables.TableName);
        var (open, closed) = (NewId(), NewId());
        await registry.AddAsync(open, Now, default);
        await registry.AddAsync(closed, Now, default);

        await registry.MarkDisconnectedAsync(closed, Now.AddMinutes(5), default);

        var listed = await registry.ListAsync(default);
        Assert.Contains(open, listed);
        Assert.DoesNotContain(closed, listed);
        var record = await ItemAsync(endpoint, closed);
        Assert.NotNull(record);
        Assert.Equal(Timestamps.Format(Now), record["connectedAt"].S);
        Assert.Equal(Timestamps.Format(Now.AddMinutes(5)), record["disconnectedAt"].S);
        Assert.Equal(Now.AddMinutes(5).Add(DynamoDbConnectionRegistry.ClosedRetention).ToUnixTimeSeconds().ToString(), record["expiresAt"].N);
    }

    private async Task<Dictionary<string, AttributeValue>?> ItemAsync(string endpoint, string id)
    {
        var response = await table.Tables.Client(endpoint).GetItemAsync(new GetItemRequest
        {
            TableName = table.Tables.TableName,
            Key = new Dictionary<string, AttributeValue> { ["connectionId"] = new() { S = id } },
            ConsistentRead = true,
        });
        return response.Item is { Count: > 0 } item ? item : null;
    }

    private static string NewId() => "c-" + Guid.NewGuid().ToString("N")[..12] + "=";
}

using Amazon.DynamoDBv2.Model;
using Arena.Functions.Connections;
using Arena.IntegrationTests.LocalCloud;
using LiveScore.LocalCloud.Testing;

namespace Arena.IntegrationTests.Connections;

public sealed class ConnectionsTableFixture() : TableFixture(ConnectionsCatalog.Connections);

/// <summary>
/// What the connection registry must do, run against the embedded DynamoDB endpoint and against DynamoDB Local.
/// Connection ids are unique per scenario, so a table can be shared.
/// </summary>
public sealed class ConnectionRegistryTests(ConnectionsTableFixture table) : IClassFixture<ConnectionsTableFixture>
{
    private static readonly DateTimeOffset Now = new(2025, 1, 15, 9, 30, 0, TimeSpan.Zero);

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
        Assert.Equal("2025-01-15T09:30:00.000Z", record["connectedAt"].S);
        Assert.Equal("2025-01-15T09:35:00.000Z", record["disconnectedAt"].S);
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

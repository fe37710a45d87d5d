using Amazon.DynamoDBv2.Model;
using LiveScore._1.Functions.Connections;
using LiveScore._1.IntegrationTests.LocalCloud;
using LiveScore.Lambda;
using LiveScore.LocalCloud.Testing;

namespace LiveScore._1.IntegrationTests.Connections;

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
#if (chat)

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task Recording_on_an_unknown_connection_creates_nothing(string endpoint)
    {
        var registry = new DynamoDbConnectionRegistry(table.Tables.Client(endpoint), table.Tables.TableName);
        var id = NewId();

        await registry.RecordBroadcastAsync(id, "hello", Now, default);

        Assert.Equal(MessageRecording.NotConnected, await registry.RecordMessageAsync(id, "hi", Now, TimeSpan.FromSeconds(1), default));
        Assert.Null(await ItemAsync(endpoint, id));
    }

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task A_message_is_recorded_once_per_interval_and_never_after_closing(string endpoint)
    {
        var registry = new DynamoDbConnectionRegistry(table.Tables.Client(endpoint), table.Tables.TableName);
        var id = NewId();
        var interval = TimeSpan.FromMilliseconds(200);
        await registry.AddAsync(id, Now, default);

        var first = await registry.RecordMessageAsync(id, "one", Now, interval, default);
        var tooSoon = await registry.RecordMessageAsync(id, "two", Now.AddMilliseconds(199), interval, default);
        var later = await registry.RecordMessageAsync(id, "three", Now.AddMilliseconds(200), interval, default);
        await registry.MarkDisconnectedAsync(id, Now.AddSeconds(1), default);
        var closed = await registry.RecordMessageAsync(id, "four", Now.AddSeconds(2), interval, default);

        Assert.Equal([MessageRecording.Recorded, MessageRecording.TooSoon, MessageRecording.Recorded, MessageRecording.NotConnected], [first, tooSoon, later, closed]);
        var record = await ItemAsync(endpoint, id);
        Assert.Equal("three", record!["latestMessage"].S);
        Assert.Equal(Timestamps.Format(Now.AddMilliseconds(200)), record["latestMessageAt"].S);
    }

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task Of_concurrent_messages_within_one_interval_exactly_one_is_recorded(string endpoint)
    {
        var registry = new DynamoDbConnectionRegistry(table.Tables.Client(endpoint), table.Tables.TableName);
        const int senders = 20;
        var id = NewId();
        await registry.AddAsync(id, Now, default);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, senders).Select(i =>
            registry.RecordMessageAsync(id, $"m{i}", Now.AddMilliseconds(i), TimeSpan.FromSeconds(1), default)));

        Assert.Equal(1, outcomes.Count(o => o == MessageRecording.Recorded));
        Assert.Equal(senders - 1, outcomes.Count(o => o == MessageRecording.TooSoon));
    }

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task A_broadcast_is_recorded_on_the_connection(string endpoint)
    {
        var registry = new DynamoDbConnectionRegistry(table.Tables.Client(endpoint), table.Tables.TableName);
        var id = NewId();
        await registry.AddAsync(id, Now, default);

        await registry.RecordBroadcastAsync(id, "maintenance", Now.AddSeconds(3), default);

        var record = await ItemAsync(endpoint, id);
        Assert.Equal("maintenance", record!["latestBroadcast"].S);
        Assert.Equal(Timestamps.Format(Now.AddSeconds(3)), record["latestBroadcastAt"].S);
    }
#endif

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

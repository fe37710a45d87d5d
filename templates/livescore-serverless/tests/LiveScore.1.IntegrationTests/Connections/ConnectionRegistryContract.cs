using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LiveScore._1.Functions.Connections;

namespace LiveScore._1.IntegrationTests.Connections;

/// <summary>
/// What the connection registry must do, run against the embedded DynamoDB endpoint and against DynamoDB Local.
/// Connection ids are unique per scenario, so a table can be shared.
/// </summary>
public abstract class ConnectionRegistryContract
{
    private static readonly DateTimeOffset Now = new(2025, 1, 15, 9, 30, 0, TimeSpan.Zero);

    protected abstract IAmazonDynamoDB DynamoDb { get; }

    protected abstract string TableName { get; }

    private DynamoDbConnectionRegistry Registry => new(DynamoDb, TableName);

    protected async Task A_closed_connection_keeps_its_record_with_a_ttl_but_is_no_longer_listed()
    {
        var (open, closed) = (NewId(), NewId());
        await Registry.AddAsync(open, Now, default);
        await Registry.AddAsync(closed, Now, default);

        await Registry.MarkDisconnectedAsync(closed, Now.AddMinutes(5), default);

        var listed = await Registry.ListAsync(default);
        Assert.Contains(open, listed);
        Assert.DoesNotContain(closed, listed);
        var record = await ItemAsync(closed);
        Assert.NotNull(record);
        Assert.Equal("2025-01-15T09:30:00.000Z", record["connectedAt"].S);
        Assert.Equal("2025-01-15T09:35:00.000Z", record["disconnectedAt"].S);
        Assert.Equal(Now.AddMinutes(5).Add(DynamoDbConnectionRegistry.ClosedRetention).ToUnixTimeSeconds().ToString(), record["expiresAt"].N);
    }

    protected async Task Closing_or_recording_on_an_unknown_connection_creates_nothing()
    {
        var id = NewId();

        await Registry.MarkDisconnectedAsync(id, Now, default);
#if (chat)
        await Registry.RecordBroadcastAsync(id, "hello", Now, default);
        Assert.Equal(MessageRecording.NotConnected, await Registry.RecordMessageAsync(id, "hi", Now, TimeSpan.FromSeconds(1), default));
#endif

        Assert.Null(await ItemAsync(id));
    }

    protected async Task A_removed_connection_is_gone()
    {
        var id = NewId();
        await Registry.AddAsync(id, Now, default);

        await Registry.RemoveAsync(id, default);

        Assert.Null(await ItemAsync(id));
        Assert.DoesNotContain(id, await Registry.ListAsync(default));
    }
#if (chat)

    protected async Task A_message_is_recorded_once_per_interval_and_never_after_closing()
    {
        var id = NewId();
        var interval = TimeSpan.FromMilliseconds(200);
        await Registry.AddAsync(id, Now, default);

        var first = await Registry.RecordMessageAsync(id, "one", Now, interval, default);
        var tooSoon = await Registry.RecordMessageAsync(id, "two", Now.AddMilliseconds(199), interval, default);
        var later = await Registry.RecordMessageAsync(id, "three", Now.AddMilliseconds(200), interval, default);
        await Registry.MarkDisconnectedAsync(id, Now.AddSeconds(1), default);
        var closed = await Registry.RecordMessageAsync(id, "four", Now.AddSeconds(2), interval, default);

        Assert.Equal([MessageRecording.Recorded, MessageRecording.TooSoon, MessageRecording.Recorded, MessageRecording.NotConnected], [first, tooSoon, later, closed]);
        var record = await ItemAsync(id);
        Assert.Equal("three", record!["latestMessage"].S);
        Assert.Equal("2025-01-15T09:30:00.200Z", record["latestMessageAt"].S);
    }

    protected async Task Of_concurrent_messages_within_one_interval_exactly_one_is_recorded(int senders)
    {
        var id = NewId();
        await Registry.AddAsync(id, Now, default);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, senders).Select(i =>
            Registry.RecordMessageAsync(id, $"m{i}", Now.AddMilliseconds(i), TimeSpan.FromSeconds(1), default)));

        Assert.Equal(1, outcomes.Count(o => o == MessageRecording.Recorded));
        Assert.Equal(senders - 1, outcomes.Count(o => o == MessageRecording.TooSoon));
    }

    protected async Task A_broadcast_is_recorded_on_the_connection()
    {
        var id = NewId();
        await Registry.AddAsync(id, Now, default);

        await Registry.RecordBroadcastAsync(id, "maintenance", Now.AddSeconds(3), default);

        var record = await ItemAsync(id);
        Assert.Equal("maintenance", record!["latestBroadcast"].S);
        Assert.Equal("2025-01-15T09:30:03.000Z", record["latestBroadcastAt"].S);
    }
#endif

    private async Task<Dictionary<string, AttributeValue>?> ItemAsync(string id)
    {
        var response = await DynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = TableName,
            Key = new Dictionary<string, AttributeValue> { ["connectionId"] = new() { S = id } },
            ConsistentRead = true,
        });
        return response.Item is { Count: > 0 } item ? item : null;
    }

    private static string NewId() => "c-" + Guid.NewGuid().ToString("N")[..12] + "=";
}

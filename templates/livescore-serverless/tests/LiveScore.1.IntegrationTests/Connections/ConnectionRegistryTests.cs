using Amazon.DynamoDBv2;
using LiveScore._1.Functions.Connections;
using LiveScore._1.IntegrationTests.LocalCloud;

namespace LiveScore._1.IntegrationTests.Connections;

public sealed class ConnectionsTableFixture() : TableFixture(ConnectionsCatalog.Connections, dynamoDbLocal: false);

public sealed class DynamoDbLocalConnectionsTableFixture() : TableFixture(ConnectionsCatalog.Connections, dynamoDbLocal: true);

/// <summary>The connection registry against the local cloud's embedded DynamoDB endpoint.</summary>
public sealed class ConnectionRegistryTests(ConnectionsTableFixture table) : ConnectionRegistryContract, IClassFixture<ConnectionsTableFixture>
{
    protected override IAmazonDynamoDB DynamoDb => table.DynamoDb;

    protected override string TableName => table.TableName;

    [Fact]
    public Task Disconnect() => A_closed_connection_keeps_its_record_with_a_ttl_but_is_no_longer_listed();

    [Fact]
    public Task Unknown() => Closing_or_recording_on_an_unknown_connection_creates_nothing();

    [Fact]
    public Task Remove() => A_removed_connection_is_gone();
#if (chat)

    [Fact]
    public Task Messages() => A_message_is_recorded_once_per_interval_and_never_after_closing();

    [Fact]
    public Task Concurrent_messages() => Of_concurrent_messages_within_one_interval_exactly_one_is_recorded(20);

    [Fact]
    public Task Broadcast() => A_broadcast_is_recorded_on_the_connection();
#endif
}

/// <summary>The same registry and contract against DynamoDB Local.</summary>
public sealed class DynamoDbConnectionRegistryTests(DynamoDbLocalConnectionsTableFixture table) : ConnectionRegistryContract, IClassFixture<DynamoDbLocalConnectionsTableFixture>
{
    protected override IAmazonDynamoDB DynamoDb => table.DynamoDb;

    protected override string TableName => table.TableName;

    [DynamoDbFact]
    public Task Disconnect() => A_closed_connection_keeps_its_record_with_a_ttl_but_is_no_longer_listed();

    [DynamoDbFact]
    public Task Unknown() => Closing_or_recording_on_an_unknown_connection_creates_nothing();

    [DynamoDbFact]
    public Task Remove() => A_removed_connection_is_gone();
#if (chat)

    [DynamoDbFact]
    public Task Messages() => A_message_is_recorded_once_per_interval_and_never_after_closing();

    [DynamoDbFact]
    public Task Concurrent_messages() => Of_concurrent_messages_within_one_interval_exactly_one_is_recorded(20);

    [DynamoDbFact]
    public Task Broadcast() => A_broadcast_is_recorded_on_the_connection();
#endif
}

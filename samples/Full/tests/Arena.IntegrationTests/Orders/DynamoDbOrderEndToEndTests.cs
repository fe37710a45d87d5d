using Arena.IntegrationTests.LocalCloud;

namespace Arena.IntegrationTests.Orders;

/// <summary>The same scenarios with the deployed adapters (one transaction for order and key) against DynamoDB Local.</summary>
public sealed class DynamoDbOrderEndToEndTests(DynamoDbLocalCloudFixture cloud) : OrderEndToEndScenarios(cloud), IClassFixture<DynamoDbLocalCloudFixture>
{
    [DynamoDbFact]
    public Task Retried_order_is_stored_and_announced_once() => An_order_retried_with_its_key_is_stored_and_announced_once();

    [DynamoDbFact]
    public Task Redelivered_record_sends_no_second_notification() => A_redelivered_stream_record_sends_no_second_notification();
}

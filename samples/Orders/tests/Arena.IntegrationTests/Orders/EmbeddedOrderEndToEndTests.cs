namespace Arena.IntegrationTests.Orders;

public sealed class EmbeddedOrderEndToEndTests(LocalCloudFixture cloud) : OrderEndToEndScenarios(cloud), IClassFixture<LocalCloudFixture>
{
    [Fact]
    public Task Retried_order_is_stored_and_announced_once() => An_order_retried_with_its_key_is_stored_and_announced_once();

    [Fact]
    public Task Redelivered_record_sends_no_second_notification() => A_redelivered_stream_record_sends_no_second_notification();

    [Fact]
    public Task Bad_order_is_refused() => A_bad_order_is_refused_and_announces_nothing();
}

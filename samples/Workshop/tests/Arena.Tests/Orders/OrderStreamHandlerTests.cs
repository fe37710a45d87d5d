using System.Text;
using Arena.Functions.Orders;
using Arena.Tests.TestDoubles;
using LiveScore.Lambda.Delivery;

namespace Arena.Tests.Orders;

public class OrderStreamHandlerTests
{
    private const string OrderId = "3f2c1d5e-0000-4000-8000-000000000001";
    private readonly RecordingPublisher _publisher = new();
    private readonly InMemoryDeliveryLedger _ledger = new();

    [Fact]
    public async Task A_new_order_publishes_one_notification_with_every_detail()
    {
        var handler = new OrderStreamHandler(_publisher, _ledger, "arn:orders");

        var response = await handler.InvokeAsync(Event("INSERT"), RecordingLog.Context());

        Assert.Equal("""{"batchItemFailures":[]}""", Encoding.UTF8.GetString(response));
        var notification = Assert.Single(_publisher.Sent);
        Assert.Equal("New Order Notification", notification.Subject);
        Assert.StartsWith("New order received", notification.Message, StringComparison.Ordinal);
        foreach (var detail in new[] { OrderId, "Ada", "Ball", "Quantity: 2", "2026-01-01T00:00:00.000Z" })
        {
            Assert.Contains(detail, notification.Message, StringComparison.Ordinal);
        }
        Assert.Equal(OrderId, notification.Attributes["orderId"]);
    }

    [Fact]
    public async Task A_retried_batch_sends_no_second_notification()
    {
        var handler = new OrderStreamHandler(_publisher, _ledger, "arn:orders");

        await handler.InvokeAsync(Event("INSERT"), RecordingLog.Context());
        await handler.InvokeAsync(Event("INSERT"), RecordingLog.Context());

        Assert.Single(_publisher.Sent);
    }

    [Fact]
    public async Task A_failed_publish_is_reported_and_sent_on_retry()
    {
        _publisher.FailNext = true;
        var handler = new OrderStreamHandler(_publisher, _ledger, "arn:orders");

        var failed = await handler.InvokeAsync(Event("INSERT"), RecordingLog.Context());
        await handler.InvokeAsync(Event("INSERT"), RecordingLog.Context());

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"100"}]}""", Encoding.UTF8.GetString(failed));
        Assert.Single(_publisher.Sent);
    }

    [Theory]
    [InlineData("MODIFY")]
    [InlineData("REMOVE")]
    public async Task Changes_other_than_new_orders_send_nothing(string eventName)
    {
        var handler = new OrderStreamHandler(_publisher, _ledger, "arn:orders");

        await handler.InvokeAsync(Event(eventName), RecordingLog.Context());

        Assert.Empty(_publisher.Sent);
    }

    private static byte[] Event(string eventName) => Encoding.UTF8.GetBytes($$$"""
        {"Records":[{"eventID":"e1","eventName":"{{{eventName}}}","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1",
          "eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000",
          "dynamodb":{"Keys":{"orderId":{"S":"{{{OrderId}}}"}},
            "NewImage":{"orderId":{"S":"{{{OrderId}}}"},"customerName":{"S":"Ada"},"productName":{"S":"Ball"},"quantity":{"N":"2"},"orderTime":{"S":"2026-01-01T00:00:00.000Z"}},
            "SequenceNumber":"100","SizeBytes":10,"StreamViewType":"NEW_AND_OLD_IMAGES"}}]}
        """);
}

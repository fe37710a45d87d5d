using LiveScore.Lambda;
using LiveScore.Lambda.Delivery;
using LiveScore.Lambda.Events;
using LiveScore.Lambda.Notifications;
using LiveScore.Lambda.Streams;

namespace Arena.Functions.Orders;

/// <summary>
/// <c>order-stream</c>: a notification per new order, at least once, duplicates suppressed by the delivery ledger.
/// Publishing from the stream, not the request, means an order that was not stored is never announced, and a failed
/// publish is retried with the stream record (an order whose retries run out is not announced).
/// </summary>
public sealed class OrderStreamHandler(INotificationPublisher publisher, IDeliveryLedger ledger, string topicArn) : IFunctionHandler
{
    public static IFunctionHandler Create() =>
        new OrderStreamHandler(
            AwsServices.Sns(),
            new DynamoDbDeliveryLedger(AwsServices.DynamoDb, Settings.Required(OrderCatalog.DeliveriesVariable), TimeProvider.System),
            Settings.Required(OrderCatalog.TopicVariable));

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        StreamBatch.ProcessAsync(eventJson, context, async (record, token) =>
        {
            if (record.EventName != StreamEventName.Insert || OrderNotifications.FromImage(record.Dynamodb.NewImage) is not { } order)
            {
                return;
            }
            // Keyed by order id: even a second stream record for the same order announces nothing new.
            await ledger.OnceAsync("order/" + order.OrderId, t => publisher.PublishAsync(OrderNotifications.For(order, topicArn), t), token);
        });
}

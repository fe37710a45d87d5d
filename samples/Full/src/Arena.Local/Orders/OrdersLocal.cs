using LiveScore.Lambda;
using Arena.Functions.Orders;
using LiveScore.LocalCloud.Tables;

namespace Arena.Local.Orders;

/// <summary>The order functions with embedded tables; SNS goes over HTTP to the local cloud's own endpoint.</summary>
public static class OrdersLocal
{
    public static IReadOnlyDictionary<string, Func<IFunctionHandler>> Handlers(EmbeddedTables tables) =>
        new Dictionary<string, Func<IFunctionHandler>>(StringComparer.Ordinal)
        {
            ["order-api"] = () => new OrderApiHandler(new OrderApi(
                new EmbeddedOrderStore(tables[Settings.Required(OrderCatalog.OrdersVariable)], tables[Settings.Required(OrderCatalog.IdempotencyVariable)], TimeProvider.System),
                TimeProvider.System)),
            ["order-stream"] = () => new OrderStreamHandler(
                AwsServices.Sns(),
                new EmbeddedDeliveryLedger(tables[Settings.Required(OrderCatalog.DeliveriesVariable)], TimeProvider.System),
                Settings.Required(OrderCatalog.TopicVariable)),
        };
}

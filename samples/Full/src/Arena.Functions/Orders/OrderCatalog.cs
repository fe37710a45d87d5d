using LiveScore.Lambda.Catalog;

namespace Arena.Functions.Orders;

/// <summary>Order notifications: HTTP API → Orders table → stream → one SNS notification per order.</summary>
public static class OrderCatalog
{
    public const string OrdersVariable = "ORDERS_TABLE";
    public const string IdempotencyVariable = "IDEMPOTENCY_TABLE";
    public const string TopicVariable = "ORDERS_TOPIC_ARN";
    public const string DeliveriesVariable = "DELIVERIES_TABLE";

    public static readonly TableDefinition Orders = new("Orders", new KeyAttribute("orderId", KeyType.String))
    {
        Stream = true,
    };

    /// <summary>Idempotency-Key → the order it created; entries expire after a day.</summary>
    public static readonly TableDefinition IdempotencyKeys = new("IdempotencyKeys", new KeyAttribute("idempotencyKey", KeyType.String))
    {
        TimeToLiveAttribute = "expiresAt",
    };

    public static readonly TopicDefinition OrderNotifications = new("OrderNotifications", "OrderNotificationEmail", "New orders");

    public static IReadOnlyList<TableDefinition> Tables { get; } = [Orders, IdempotencyKeys];

    public static IReadOnlyList<TopicDefinition> Topics { get; } = [OrderNotifications];

    /// <summary>Each order route's own limit, below the HTTP API stage's: orders cannot use up what the other routes need.</summary>
    public static readonly RouteThrottle CustomerRoutes = new(20, 40);

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        new("order-api", "Orders HTTP API: place an order (idempotent with Idempotency-Key), read an order.", OrderApiHandler.Create)
        {
            // POST /create-order is the workshop route: seed 002's request and answers.
            // Each customer places and reads their own orders only.
            HttpRoutes =
            [
                new("POST", "/orders") { Authorization = AppCatalog.CustomerWrites, Throttle = CustomerRoutes },
                new("GET", "/orders/{orderId}") { Authorization = AppCatalog.CustomerWrites, Throttle = CustomerRoutes },
                new("POST", OrderApi.WorkshopPath) { Authorization = AppCatalog.CustomerWrites, Throttle = CustomerRoutes },
            ],
            Bindings =
            [
                new(OrdersVariable, ResourceKind.Table, Orders.Name, Access.ReadWrite),
                new(IdempotencyVariable, ResourceKind.Table, IdempotencyKeys.Name, Access.ReadWrite),
            ],
        },
        new("order-stream", "Orders stream: a notification per new order, duplicates suppressed by the delivery ledger.", OrderStreamHandler.Create)
        {
            Stream = new StreamSource(Orders.Name),
            Bindings =
            [
                new(TopicVariable, ResourceKind.Topic, OrderNotifications.Name, Access.Publish),
                new(DeliveriesVariable, ResourceKind.Table, SharedTables.Deliveries.Name, Access.ReadWrite),
            ],
            TimeoutSeconds = 30,
        },
    ];
}

using System.Globalization;
using LiveScore.Lambda.Events;
using LiveScore.Lambda.Notifications;

namespace Arena.Functions.Orders;

/// <summary>Turns a new order from the stream into the "New order received" notification.</summary>
public static class OrderNotifications
{
    public const string Subject = "New Order Notification";

    /// <summary>Reads an order from a stream record image (the attribute names of <see cref="DynamoDbOrderStore"/>).</summary>
    public static Order? FromImage(IReadOnlyDictionary<string, AttributeValue>? image) =>
        image is null || !image.ContainsKey("orderId")
            ? null
            : new Order(
                image["orderId"].S ?? "",
                image.TryGetValue("customerName", out var customer) ? customer.S ?? "" : "",
                image.TryGetValue("productName", out var product) ? product.S ?? "" : "",
                image.TryGetValue("quantity", out var quantity) ? int.Parse(quantity.N ?? "1", CultureInfo.InvariantCulture) : 1,
                image.TryGetValue("orderTime", out var time) ? time.S ?? "" : "");

    public static Notification For(Order order, string topicArn) => new(
        topicArn,
        Subject,
        $"""
        New order received

        Order:    {order.OrderId}
        Customer: {order.CustomerName}
        Product:  {order.ProductName}
        Quantity: {order.Quantity}
        Time:     {order.OrderTime}
        """,
        new Dictionary<string, string>
        {
            ["eventType"] = "OrderPlaced",
            ["orderId"] = order.OrderId,
        });
}

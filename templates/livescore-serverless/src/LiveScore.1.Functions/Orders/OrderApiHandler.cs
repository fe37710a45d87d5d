using LiveScore.Lambda;
using LiveScore.Lambda.Http;

namespace LiveScore._1.Functions.Orders;

/// <summary><c>order-api</c>: HTTP API events in, orders API answers out.</summary>
public sealed class OrderApiHandler(OrderApi api) : IFunctionHandler
{
    public static IFunctionHandler Create() =>
        new OrderApiHandler(new OrderApi(
            new DynamoDbOrderStore(AwsServices.DynamoDb, Settings.Required(OrderCatalog.OrdersVariable), Settings.Required(OrderCatalog.IdempotencyVariable), TimeProvider.System),
            TimeProvider.System));

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        HttpApiAdapter.HandleAsync(eventJson, context, api.HandleAsync);
}

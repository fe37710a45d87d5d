using LiveScore.Lambda;
using LiveScore.Lambda.Http;

namespace LiveScore._1.Functions.Orders;

/// <summary>The orders API. The request only stores the order: the notification leaves from the table's stream.</summary>
public sealed class OrderApi(IOrderStore store, TimeProvider clock)
{
    public async Task<HttpResult> HandleAsync(HttpRequestData request, CancellationToken cancellationToken)
    {
        if (request.Body.Length > OrderRules.MaxBodyBytes)
        {
            return Responses.Problem(Problem.TooLarge(OrderRules.MaxBodyBytes));
        }
        var segments = request.Path.Trim('/').Split('/');
        return (segments, request.Method) switch
        {
            (["orders"], "POST") => await PlaceAsync(request, cancellationToken),
            (["orders", var id], "GET") => await GetAsync(Uri.UnescapeDataString(id), cancellationToken),
            (["orders"], _) => Responses.MethodNotAllowed(request, "POST"),
            (["orders", _], _) => Responses.MethodNotAllowed(request, "GET"),
            _ => Responses.Problem(Problem.NotFound($"No route for {request.Path}.")),
        };
    }

    private async Task<HttpResult> PlaceAsync(HttpRequestData request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var input = OrderRules.ForPlace(request.Body, errors);
        var claim = input is null ? null : OrderRules.Claim(request.Header(OrderRules.IdempotencyHeader), input, errors);
        if (input is null || !errors.IsEmpty)
        {
            return Responses.Problem(Problem.Validation(errors.ToDictionary()));
        }
        var order = new Order(
            Guid.NewGuid().ToString(),
            input.CustomerName,
            input.ProductName,
            input.Quantity,
            Timestamps.Format(clock.GetUtcNow()));
        try
        {
            var placed = await store.PlaceAsync(order, claim, cancellationToken);
            return Responses.Json(201, placed.Order, OrderJsonContext.Web.Order) with
            {
                Headers = new Dictionary<string, string>
                {
                    ["Location"] = "/orders/" + placed.Order.OrderId,
                    ["Idempotent-Replayed"] = placed.Replayed ? "true" : "false",
                },
            };
        }
        catch (IdempotencyKeyReusedException e)
        {
            return Responses.Problem(Problem.Conflict(e.Message));
        }
    }

    private async Task<HttpResult> GetAsync(string orderId, CancellationToken cancellationToken)
    {
        // Order ids are stored in the canonical lower-case form; any other spelling of the same UUID finds it too.
        var order = Guid.TryParse(orderId, out var id) ? await store.GetAsync(id.ToString(), cancellationToken) : null;
        return order is null
            ? Responses.Problem(Problem.NotFound($"Order '{orderId}' does not exist."))
            : Responses.Json(200, order, OrderJsonContext.Web.Order);
    }
}

using LiveScore.Lambda;
using LiveScore.Lambda.Http;

namespace Arena.Functions.Orders;

/// <summary>The orders API. The request only stores the order: the notification leaves from the table's stream.</summary>
public sealed class OrderApi(IOrderStore store, TimeProvider clock)
{
    /// <summary>Seed 002's route, answering as the seed does: 200 {"message","orderId"} or 400 {"error"}.</summary>
    public const string WorkshopPath = "/create-order";

    public async Task<HttpResult> HandleAsync(HttpRequestData request, CancellationToken cancellationToken)
    {
        if (JsonBody.Refusal(request, OrderRules.MaxBodyBytes) is { } refused)
        {
            return refused;
        }
        var segments = request.Path.Trim('/').Split('/');
        return (segments, request.Method) switch
        {
            (["orders"], "POST") => await PlaceAsync(request, workshop: false, cancellationToken),
            (["create-order"], "POST") => await PlaceAsync(request, workshop: true, cancellationToken),
            // The seed's console test event, {"body": "..."}, has no HTTP details at all.
            ([""], "") => await PlaceAsync(request, workshop: true, cancellationToken),
            (["orders", var id], "GET") => await GetAsync(Uri.UnescapeDataString(id), request.UserId, cancellationToken),
            (["orders"], _) => Responses.MethodNotAllowed(request, "POST"),
            (["orders", _], _) => Responses.MethodNotAllowed(request, "GET"),
            _ => Responses.Problem(Problem.NotFound($"No route for {request.Path}.")),
        };
    }

    /// <param name="workshop">Answer as seed 002 does: 200 {"message","orderId"}, 400 {"error"}.</param>
    private async Task<HttpResult> PlaceAsync(HttpRequestData request, bool workshop, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var input = OrderRules.ForPlace(request.Body, errors);
        var claim = input is null ? null : OrderRules.Claim(request.Header(OrderRules.IdempotencyHeader), input, request.UserId, errors);
        if (input is null || !errors.IsEmpty)
        {
            return workshop ? WorkshopRefusal(errors) : Responses.Problem(Problem.Validation(errors.ToDictionary()));
        }
        var order = new Order(
            Guid.NewGuid().ToString(),
            input.CustomerName,
            input.ProductName,
            input.Quantity,
            Timestamps.Format(clock.GetUtcNow()),
            request.UserId);
        try
        {
            var placed = await store.PlaceAsync(order, claim, cancellationToken);
            if (workshop)
            {
                return Responses.Json(200, new WorkshopPlaced("Order placed successfully", placed.Order.OrderId), OrderJsonContext.Web.WorkshopPlaced);
            }
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

    // The seed's own message when a name is missing or empty (its `if not customer_name or not product_name`).
    private static HttpResult WorkshopRefusal(ValidationErrors errors)
    {
        var fields = errors.ToDictionary();
        var missingName = new[] { "customerName", "productName" }.Any(f => fields.TryGetValue(f, out var m) && m.Any(x => x is "Is required." or "Must not be empty."));
        return Responses.Json(400, new WorkshopError(missingName ? "Missing customerName or productName" : errors.ToString()), OrderJsonContext.Web.WorkshopError);
    }

    /// <param name="callerId">The signed-in caller: only the order's owner reads it; anyone else is told it does not exist.</param>
    private async Task<HttpResult> GetAsync(string orderId, string? callerId, CancellationToken cancellationToken)
    {
        // Order ids are stored in the canonical lower-case form; any other spelling of the same UUID finds it too.
        var order = Guid.TryParse(orderId, out var id) ? await store.GetAsync(id.ToString(), cancellationToken) : null;
        return order is null || order.OwnerId != callerId
            ? Responses.Problem(Problem.NotFound($"Order '{orderId}' does not exist."))
            : Responses.Json(200, order, OrderJsonContext.Web.Order);
    }
}

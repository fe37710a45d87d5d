using System.Text.Json.Serialization;
using LiveScore.Lambda.Http;

namespace Arena.Functions.Orders;

[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(OrderInput))]
[JsonSerializable(typeof(WorkshopPlaced))]
[JsonSerializable(typeof(WorkshopError))]
internal sealed partial class OrderJsonContext : JsonSerializerContext
{
    public static OrderJsonContext Web { get; } = new(WebJson.Options());
}

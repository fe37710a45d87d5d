using System.Text.Json.Serialization;
using LiveScore.Lambda.Http;

namespace LiveScore._1.Functions.Orders;

[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(OrderInput))]
[JsonSerializable(typeof(WorkshopPlaced))]
[JsonSerializable(typeof(WorkshopError))]
internal sealed partial class OrderJsonContext : JsonSerializerContext
{
    public static OrderJsonContext Web { get; } = new(WebJson.Options());
}

using System.Text.Json.Serialization;

namespace Arena.Functions.Hosting.Http;

[JsonSerializable(typeof(Problem))]
internal sealed partial class HttpJsonContext : JsonSerializerContext
{
    public static HttpJsonContext Web { get; } = new(WebJson.Options());
}

using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Http;

[JsonSerializable(typeof(Problem))]
internal sealed partial class HttpJsonContext : JsonSerializerContext
{
    public static HttpJsonContext Web { get; } = new(WebJson.Options());
}

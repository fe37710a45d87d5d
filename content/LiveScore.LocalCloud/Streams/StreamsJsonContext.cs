using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveScore.LocalCloud.Streams;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<DeadLetter>))]
internal sealed partial class StreamsJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveScore.LocalCloud.Streams;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<DeadLetter>))]
[JsonSerializable(typeof(StreamFailureRecord))]
internal sealed partial class StreamsJsonContext : JsonSerializerContext;

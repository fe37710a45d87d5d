using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Runtime;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ErrorPayload))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Error documents reach people as they are (the Lambda console, an invoker's error output), never HTML:
    /// quotes, '+' and backticks in messages and frames stay unescaped. Built from scratch rather than from
    /// <c>Default</c>, whose initializer (in the generated half of this class) may not have run yet.
    /// </summary>
    public static RuntimeJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

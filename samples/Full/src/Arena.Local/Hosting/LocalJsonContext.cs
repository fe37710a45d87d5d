using System.Text.Json;
using System.Text.Json.Serialization;
using Arena.Local.Hosting.HttpApi;
using Arena.Local.Hosting.Lambda;
using Arena.Local.Hosting.Sns;

namespace Arena.Local.Hosting;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LocalError))]
[JsonSerializable(typeof(GatewayMessage))]
[JsonSerializable(typeof(IReadOnlyList<OutboxMessage>))]
[JsonSerializable(typeof(IReadOnlyList<InvocationRecord>))]
[JsonSerializable(typeof(Health))]
internal sealed partial class LocalJsonContext : JsonSerializerContext;

public sealed record Health(string Status, string Mode, IReadOnlyList<string> Functions, string HttpApi, string WebSocket, string Dashboard);

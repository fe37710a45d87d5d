using System.Text.Json;
using System.Text.Json.Serialization;
using LiveScore.LocalCloud.HttpApi;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.Sns;

namespace LiveScore.LocalCloud;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LocalError))]
[JsonSerializable(typeof(GatewayMessage))]
[JsonSerializable(typeof(IReadOnlyList<OutboxMessage>))]
[JsonSerializable(typeof(IReadOnlyList<InvocationRecord>))]
[JsonSerializable(typeof(Health))]
public sealed partial class LocalJsonContext : JsonSerializerContext;

public sealed record Health(string Status, string Mode, IReadOnlyList<string> Functions, string HttpApi, string WebSocket, string Dashboard);

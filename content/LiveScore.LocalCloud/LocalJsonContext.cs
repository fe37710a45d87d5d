using System.Text.Json;
using System.Text.Json.Serialization;
using LiveScore.LocalCloud.EventBridge;
using LiveScore.LocalCloud.Faults;
using LiveScore.LocalCloud.HttpApi;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.S3;
using LiveScore.LocalCloud.Sns;

namespace LiveScore.LocalCloud;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LocalError))]
[JsonSerializable(typeof(GatewayMessage))]
[JsonSerializable(typeof(IReadOnlyList<OutboxMessage>))]
[JsonSerializable(typeof(IReadOnlyList<InvocationRecord>))]
[JsonSerializable(typeof(Health))]
[JsonSerializable(typeof(IReadOnlyList<AuditEntry>))]
[JsonSerializable(typeof(IReadOnlyList<LakeBucket>))]
[JsonSerializable(typeof(Fault))]
[JsonSerializable(typeof(IReadOnlyList<ActiveFault>))]
[JsonSerializable(typeof(FaultRefusal))]
public sealed partial class LocalJsonContext : JsonSerializerContext;

/// <summary>The local cloud's state: <c>ok</c> once every function is ready.</summary>
/// <param name="Endpoints">Per AWS service (by its AWS_ENDPOINT_URL_* name), the URL that serves it here.</param>
public sealed record Health(
    string Status,
    string Mode,
    IReadOnlyDictionary<string, string> Endpoints,
    IReadOnlyList<FunctionHealth> Functions,
    string HttpApi,
    string WebSocket,
    string Dashboard);

/// <summary>A function and its state: <c>starting</c>, <c>ready</c> or <c>failed</c> (with the init error).</summary>
public sealed record FunctionHealth(string Id, string State, string? Error);

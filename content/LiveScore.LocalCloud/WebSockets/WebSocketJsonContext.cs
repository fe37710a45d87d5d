using System.Text.Json.Serialization;
using LiveScore.Lambda.Http;

namespace LiveScore.LocalCloud.WebSockets;

/// <summary>What a client sees when API Gateway itself answers a message, e.g. for a route that does not exist.</summary>
public sealed record GatewayReply(string Message, string ConnectionId, string RequestId);

/// <summary>The management API's error shape: <c>__type</c> names the AWS exception.</summary>
public sealed record ManagementError([property: JsonPropertyName("__type")] string Type, string Message);

/// <summary><c>GET @connections/{id}</c>, as the GetConnection action answers.</summary>
public sealed record ConnectionDescription(string ConnectedAt, ConnectionIdentity Identity, string LastActiveAt);

public sealed record ConnectionIdentity(string SourceIp, string? UserAgent);

/// <summary>One line of <c>/_local/connections</c>.</summary>
public sealed record ConnectionSummary(string ConnectionId, string ConnectedAt, string LastActiveAt, long MessagesSent, long MessagesReceived, string SourceIp);

[JsonSerializable(typeof(GatewayReply))]
[JsonSerializable(typeof(ManagementError))]
[JsonSerializable(typeof(ConnectionDescription))]
[JsonSerializable(typeof(IReadOnlyList<ConnectionSummary>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class WebSocketJsonContext : JsonSerializerContext
{
    /// <summary>Connection ids hold '+', which the default encoder would write as \u002B.</summary>
    public static WebSocketJsonContext Web { get; } = new(WebJson.Options());
}

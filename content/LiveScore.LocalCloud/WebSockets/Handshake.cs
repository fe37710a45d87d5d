using Microsoft.Extensions.Primitives;

namespace LiveScore.LocalCloud.WebSockets;

/// <summary>What the client's upgrade request tells about a connection; every event of the connection carries part of it.</summary>
public sealed record Handshake(
    string ConnectionId,
    DateTimeOffset ConnectedAt,
    string DomainName,
    string SourceIp,
    string? UserAgent,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Headers,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Query)
{
    public static Handshake From(HttpContext http, string connectionId, DateTimeOffset connectedAt) => new(
        connectionId,
        connectedAt,
        http.Request.Host.Value ?? "127.0.0.1",
        http.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1",
        http.Request.Headers.UserAgent is { Count: > 0 } agent ? agent.ToString() : null,
        http.Request.Headers.ToDictionary(h => h.Key, h => Values(h.Value), StringComparer.OrdinalIgnoreCase),
        http.Request.Query.ToDictionary(q => q.Key, q => Values(q.Value), StringComparer.Ordinal));

    /// <summary>
    /// What the <c>$connect</c> authorizer let the connection in as (<c>principalId</c> and its context), for every event's
    /// <c>requestContext.authorizer</c>; null without an authorizer.
    /// </summary>
    public System.Text.Json.JsonElement? Authorizer { get; init; }

    private static IReadOnlyList<string> Values(StringValues values) => values.Select(v => v ?? "").ToArray();
}

using System.Globalization;
using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.WebSockets;

/// <summary>The Lambda proxy events API Gateway sends for a connection's <c>$connect</c>, messages and <c>$disconnect</c>.</summary>
public static class WebSocketEvents
{
    public const string ApiId = "local";
    public const string Stage = "local";

    public static WebSocketRequest Connect(Handshake handshake, string requestId, DateTimeOffset now) => new()
    {
        Headers = SingleValued(handshake.Headers),
        MultiValueHeaders = handshake.Headers,
        QueryStringParameters = handshake.Query.Count == 0 ? null : SingleValued(handshake.Query),
        MultiValueQueryStringParameters = handshake.Query.Count == 0 ? null : handshake.Query,
        RequestContext = Context(handshake, RouteTable.Connect, WebSocketEventType.Connect, requestId, now),
    };

    public static WebSocketRequest Message(Handshake handshake, string routeKey, string body, string requestId, DateTimeOffset now) => new()
    {
        Body = body,
        RequestContext = Context(handshake, routeKey, WebSocketEventType.Message, requestId, now) with { MessageId = GatewayIds.New() },
    };

    /// <summary>Like API Gateway, only a few headers: the upgrade request is long gone.</summary>
    public static WebSocketRequest Disconnect(Handshake handshake, DisconnectCause cause, string requestId, DateTimeOffset now)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["Host"] = [handshake.DomainName],
            ["X-Forwarded-For"] = [handshake.SourceIp],
        };
        return new()
        {
            Headers = SingleValued(headers),
            MultiValueHeaders = headers,
            RequestContext = Context(handshake, RouteTable.Disconnect, WebSocketEventType.Disconnect, requestId, now) with
            {
                DisconnectStatusCode = cause.StatusCode,
                DisconnectReason = cause.Reason,
            },
        };
    }

    private static WebSocketRequestContext Context(Handshake handshake, string routeKey, WebSocketEventType eventType, string requestId, DateTimeOffset now) => new()
    {
        RouteKey = routeKey,
        EventType = eventType,
        ConnectionId = handshake.ConnectionId,
        DomainName = handshake.DomainName,
        Stage = Stage,
        ApiId = ApiId,
        RequestId = requestId,
        ExtendedRequestId = requestId,
        RequestTime = now.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture),
        RequestTimeEpoch = now.ToUnixTimeMilliseconds(),
        ConnectedAt = handshake.ConnectedAt.ToUnixTimeMilliseconds(),
        MessageDirection = "IN",
        Identity = new WebSocketIdentity { SourceIp = handshake.SourceIp, UserAgent = handshake.UserAgent },
        Authorizer = handshake.Authorizer,
    };

    /// <summary>What a Lambda REQUEST authorizer of <c>$connect</c> gets: the upgrade request and the route's ARN.</summary>
    public static WebSocketAuthorizerRequest Authorize(Handshake handshake, string requestId, DateTimeOffset now) => new()
    {
        MethodArn = ConnectArn,
        Headers = SingleValued(handshake.Headers),
        QueryStringParameters = handshake.Query.Count == 0 ? null : SingleValued(handshake.Query),
        RequestContext = Context(handshake, RouteTable.Connect, WebSocketEventType.Connect, requestId, now),
    };

    /// <summary>The local <c>$connect</c> route's ARN, which an authorizer's policy names.</summary>
    public static string ConnectArn => $"arn:aws:execute-api:{LocalEnvironment.Region}:{LocalEnvironment.Account}:{ApiId}/{Stage}/{RouteTable.Connect}";

    /// <summary>As in payload format 1.0, a repeated header or parameter shows its last value here and all of them in the multi-value map.</summary>
    private static Dictionary<string, string> SingleValued(IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
        values.ToDictionary(v => v.Key, v => v.Value.Count == 0 ? "" : v.Value[^1], StringComparer.Ordinal);
}

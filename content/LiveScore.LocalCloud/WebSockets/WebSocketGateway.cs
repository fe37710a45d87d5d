using System.Threading.Channels;
using System.Collections.Concurrent;
using System.Text.Json;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.HttpApi;
using LiveScore.LocalCloud.Lambda;

namespace LiveScore.LocalCloud.WebSockets;

/// <summary>
/// API Gateway's WebSocket API over ASP.NET Core WebSockets: <c>$connect</c> decides whether the upgrade succeeds,
/// client messages go to the route their <c>action</c> selects, <c>$disconnect</c> hears about every end, and the
/// <c>@connections</c> operations reach the open sockets.
/// </summary>
/// <remarks>
/// Differences from AWS, chosen for a local tool: every route behaves as if it had a route response (a body the
/// function returns goes back to the client); a connection's messages are handled one after another; there is no
/// idle or two-hour limit; when the local cloud stops, clients get close 1001 and <c>$disconnect</c> is not
/// invoked, since the functions are stopping too.
/// </remarks>
public sealed class WebSocketGateway(LambdaService lambda, TimeProvider clock, Func<string>? newConnectionId = null)
{
    /// <summary>Messages read from one connection ahead of its function; past this the connection is read no further until it catches up.</summary>
    private const int InboxCapacity = 100;

    private readonly RouteTable _routes = new(lambda.Functions.Select(f => f.Definition));
    private readonly string? _authorizer = lambda.Functions.Select(f => f.Definition).FirstOrDefault(f => f.AuthorizesWebSocketConnect)?.Id;
    private readonly ConcurrentDictionary<string, LocalConnection> _open = new(StringComparer.Ordinal);
    private readonly Func<string> _newConnectionId = newConnectionId ?? GatewayIds.New;
    private readonly CancellationTokenSource _stopping = new();

    public IReadOnlyList<LocalConnection> OpenConnections => _open.Values.OrderBy(c => c.Handshake.ConnectedAt).ToList();

    public LocalConnection? Find(string connectionId) => _open.GetValueOrDefault(connectionId);

    /// <summary>Serves one upgrade request of <c>/ws</c> for the connection's whole life.</summary>
    public async Task ServeAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status426UpgradeRequired;
            http.Response.Headers.Upgrade = "websocket";
            await WriteMessageAsync(http, "This is the WebSocket API: connect with a WebSocket client.");
            return;
        }
        var handshake = Handshake.From(http, NewConnectionId(), clock.GetUtcNow());
        WebSocketAcceptContext? accept = null;
        using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token))
        {
            try
            {
                if (await AuthorizeAsync(handshake, http, connecting.Token) is { } authorized)
                {
                    handshake = authorized;
                    accept = await ConnectAsync(handshake, http, connecting.Token);
                }
            }
            catch (OperationCanceledException) when (connecting.IsCancellationRequested)
            {
                return;
            }
        }
        if (accept is null)
        {
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(accept);
        using var connection = new LocalConnection(handshake, socket, clock, http.RequestAborted);
        _open[connection.Id] = connection;
        // API Gateway stamps a message when it arrives: frames are read (and stamped) while earlier ones are still with
        // their function, and routed one after another in the order they came.
        var inbox = Channel.CreateBounded<(string Message, DateTimeOffset ReceivedAt)>(InboxCapacity);
        var routing = RouteAllAsync(connection, inbox);
        try
        {
            while (await connection.ReceiveTextAsync() is { } message)
            {
                await inbox.Writer.WriteAsync((message, clock.GetUtcNow()), _stopping.Token);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The local cloud is stopping; Stop() closes the socket.
        }
        finally
        {
            inbox.Writer.TryComplete();
            // Only this connection: a DELETE may have removed it already.
            _open.TryRemove(KeyValuePair.Create(connection.Id, connection));
        }
        await routing;
        await DisconnectAsync(connection);
    }

    /// <summary><c>POST @connections/{id}</c>: false when there is no such open connection.</summary>
    public async Task<bool> PostAsync(string connectionId, ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken) =>
        Find(connectionId) is { } connection && await connection.SendTextAsync(utf8, cancellationToken);

    /// <summary><c>DELETE @connections/{id}</c>: starts closing; false when there is no such open connection.</summary>
    public async Task<bool> DeleteAsync(string connectionId)
    {
        if (!_open.TryRemove(connectionId, out var connection))
        {
            return false;
        }
        await connection.CloseAsync(DisconnectCause.Deleted);
        return true;
    }

    /// <summary>Closes every connection with 1001, as a server going down does, and abandons invocations in flight.</summary>
    public void Stop()
    {
        // Close frames first: cancelling can end a connection's loop, and its socket with it, right away.
        foreach (var connection in _open.Values)
        {
            _ = connection.CloseAsync(DisconnectCause.GoingAway);
        }
        _stopping.Cancel();
    }

    /// <summary>
    /// Runs the <c>$connect</c> authorizer, where there is one, as API Gateway does: an Allow policy for the route lets
    /// the connection on, carrying the answer's principal and context; a Deny is a 403, an invocation that fails with
    /// "Unauthorized" a 401, any other failure a 500. Returns the handshake to go on with, null when refused (and answered).
    /// </summary>
    private async Task<Handshake?> AuthorizeAsync(Handshake handshake, HttpContext http, CancellationToken cancellationToken)
    {
        if (_authorizer is null)
        {
            return handshake;
        }
        var request = WebSocketEvents.Authorize(handshake, GatewayIds.New(), clock.GetUtcNow());
        var outcome = await lambda.InvokeAsync(
            _authorizer, JsonSerializer.SerializeToUtf8Bytes(request, HostingJsonContext.Default.WebSocketAuthorizerRequest), "WebSocket $connect authorizer", cancellationToken);
        AuthorizerResponse? answer = null;
        try
        {
            answer = outcome.Succeeded ? JsonSerializer.Deserialize(outcome.Payload, HostingJsonContext.Default.AuthorizerResponse) : null;
        }
        catch (JsonException)
        {
            // Not a policy: API Gateway answers 500.
        }
        if (answer is not null && answer.Allows(request.MethodArn))
        {
            return handshake with { Authorizer = Context(answer) };
        }
        var (status, message) = answer is not null ? (403, "Forbidden")
            : !outcome.Succeeded && System.Text.Encoding.UTF8.GetString(outcome.Payload).Contains("\"Unauthorized\"", StringComparison.Ordinal) ? (401, "Unauthorized")
            : (500, "Internal server error");
        http.Response.StatusCode = status;
        await WriteMessageAsync(http, message);
        return null;
    }

    /// <summary><c>requestContext.authorizer</c> of the connection's events: the principal and each context value.</summary>
    private static JsonElement Context(AuthorizerResponse answer)
    {
        var values = new Dictionary<string, string>(answer.Context ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["principalId"] = answer.PrincipalId,
        };
        return JsonSerializer.SerializeToElement(values, WebSocketJsonContext.Web.DictionaryStringString);
    }

    /// <summary>Runs <c>$connect</c>; the accept context when the connection may open, null when the refusal is already written.</summary>
    private async Task<WebSocketAcceptContext?> ConnectAsync(Handshake handshake, HttpContext http, CancellationToken cancellationToken)
    {
        var accept = new WebSocketAcceptContext();
        if (_routes.FunctionFor(RouteTable.Connect) is not { } connect)
        {
            return accept;
        }
        var request = WebSocketEvents.Connect(handshake, GatewayIds.New(), clock.GetUtcNow());
        var outcome = await InvokeAsync(connect, request, cancellationToken);
        if (!outcome.Succeeded)
        {
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await WriteMessageAsync(http, "Internal server error");
            return null;
        }
        var response = ResponseOf(outcome.Payload);
        foreach (var (name, value) in response?.Headers ?? new Dictionary<string, string>())
        {
            if (name.Equals("Sec-WebSocket-Protocol", StringComparison.OrdinalIgnoreCase))
            {
                accept.SubProtocol = value;
            }
            else
            {
                http.Response.Headers[name] = value;
            }
        }
        // A response without a status code accepts, as an empty Lambda result does.
        var status = response?.StatusCode is > 0 and var code ? code : StatusCodes.Status200OK;
        if (status is >= 200 and < 300)
        {
            return accept;
        }
        // Only an error status refuses in a way every WebSocket client understands.
        http.Response.StatusCode = status is >= 400 and < 600 ? status : StatusCodes.Status403Forbidden;
        if (response?.Body is { } body)
        {
            await http.Response.WriteAsync(body, cancellationToken);
        }
        else
        {
            await WriteMessageAsync(http, "Forbidden");
        }
        return null;
    }

    private async Task DisconnectAsync(LocalConnection connection)
    {
        if (_stopping.IsCancellationRequested || _routes.FunctionFor(RouteTable.Disconnect) is not { } disconnect)
        {
            return;
        }
        var request = WebSocketEvents.Disconnect(connection.Handshake, connection.Disconnect, GatewayIds.New(), clock.GetUtcNow());
        try
        {
            await InvokeAsync(disconnect, request, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the functions are going away too.
        }
    }

    private async Task RouteAllAsync(LocalConnection connection, Channel<(string Message, DateTimeOffset ReceivedAt)> inbox)
    {
        try
        {
            await foreach (var (message, receivedAt) in inbox.Reader.ReadAllAsync())
            {
                await RouteAsync(connection, message, receivedAt);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The local cloud is stopping: what is still queued goes nowhere.
        }
        catch (Exception e)
        {
            // Ends the reading too, with this error, instead of leaving it to fill an inbox nobody empties.
            inbox.Writer.TryComplete(e);
            throw;
        }
    }

    private async Task RouteAsync(LocalConnection connection, string message, DateTimeOffset receivedAt)
    {
        var requestId = GatewayIds.New();
        if (_routes.Select(message) is not { } routeKey)
        {
            await ReplyAsync(connection, "Forbidden", requestId);
            return;
        }
        var request = WebSocketEvents.Message(connection.Handshake, routeKey, message, requestId, receivedAt);
        var outcome = await InvokeAsync(_routes.FunctionFor(routeKey)!, request, _stopping.Token);
        if (!outcome.Succeeded)
        {
            await ReplyAsync(connection, "Internal server error", requestId);
        }
        else if (ResponseOf(outcome.Payload)?.Body is { } body)
        {
            await connection.SendTextAsync(body, CancellationToken.None);
        }
    }

    private Task<InvocationOutcome> InvokeAsync(string functionId, WebSocketRequest request, CancellationToken cancellationToken) =>
        lambda.InvokeAsync(
            functionId,
            JsonSerializer.SerializeToUtf8Bytes(request, HostingJsonContext.Default.WebSocketRequest),
            "WebSocket " + request.RequestContext.RouteKey,
            cancellationToken);

    /// <summary>What API Gateway tells a client when it cannot deliver its message to a function.</summary>
    private static Task ReplyAsync(LocalConnection connection, string message, string requestId) =>
        connection.SendTextAsync(
            JsonSerializer.Serialize(new GatewayReply(message, connection.Id, requestId), WebSocketJsonContext.Web.GatewayReply),
            CancellationToken.None);

    private static WebSocketResponse? ResponseOf(byte[] payload)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, HostingJsonContext.Default.WebSocketResponse);
        }
        catch (JsonException)
        {
            // Not a proxy response (a bare string, say): there is no status or body to act on.
            return null;
        }
    }

    private static Task WriteMessageAsync(HttpContext http, string message) =>
        http.Response.WriteAsJsonAsync(new GatewayMessage(message), LocalJsonContext.Default.GatewayMessage, cancellationToken: http.RequestAborted);

    private string NewConnectionId()
    {
        string id;
        do
        {
            id = _newConnectionId();
        }
        while (_open.ContainsKey(id));
        return id;
    }
}

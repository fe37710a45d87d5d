using System.Net.WebSockets;
using System.Text.Json;
using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.Tests.WebSockets;

public sealed class WebSocketRouteTests : IAsyncLifetime
{
    private readonly TestRoutes _routes = new();
    private WebSocketTestCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await WebSocketTestCloud.StartAsync(_routes.Functions());

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task Connect_answered_with_an_error_status_refuses_the_upgrade()
    {
        var status = await TestClient.RefusedStatusAsync(_cloud.WebSocketUriWith("deny=1"));

        Assert.Equal(403, status);
        var connect = await _routes.Connect.NextAsync();
        Assert.Equal("1", connect.QueryStringParameters!["deny"]);
        Assert.Equal("[]", await _cloud.Http.GetStringAsync("/_local/connections"));
        Assert.False(_routes.Disconnect.HasMore, "A connection that never opened must not be disconnected.");
    }

    [Fact]
    public async Task Connect_function_that_fails_refuses_the_upgrade_with_500()
    {
        var status = await TestClient.RefusedStatusAsync(_cloud.WebSocketUriWith("fail=1"));

        Assert.Equal(500, status);
        Assert.Equal("[]", await _cloud.Http.GetStringAsync("/_local/connections"));
    }

    [Fact]
    public async Task Accepted_connection_gets_a_connect_event_and_is_listed()
    {
        var before = DateTimeOffset.UtcNow;
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUriWith("game=g-42"));

        var connect = (await _routes.Connect.NextAsync()).RequestContext;
        Assert.Equal("$connect", connect.RouteKey);
        Assert.Equal(WebSocketEventType.Connect, connect.EventType);
        Assert.Equal("local", connect.Stage);
        Assert.Equal(_cloud.BaseAddress.Authority, connect.DomainName);
        Assert.False(string.IsNullOrEmpty(connect.RequestId));
        Assert.InRange(connect.ConnectedAt, before.ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Equal("127.0.0.1", connect.Identity?.SourceIp);
        Assert.Equal(16, connect.ConnectionId.Length);
        using var listed = JsonDocument.Parse(await _cloud.Http.GetStringAsync("/_local/connections"));
        var connection = Assert.Single(listed.RootElement.EnumerateArray());
        Assert.Equal(connect.ConnectionId, connection.GetProperty("connectionId").GetString());
        Assert.Equal(0, connection.GetProperty("messagesSent").GetInt64());
    }

    [Fact]
    public async Task Connect_event_carries_the_upgrade_request_headers_and_query()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUriWith("game=g-42&game=g-43"));

        var connect = await _routes.Connect.NextAsync();

        Assert.Equal(_cloud.BaseAddress.Authority, connect.Header("host"));
        Assert.Equal("13", connect.Header("Sec-WebSocket-Version"));
        Assert.Equal(TestClient.UserAgent, connect.Header("User-Agent"));
        Assert.Equal("g-43", connect.QueryStringParameters!["game"]);
        Assert.Equal(["g-42", "g-43"], connect.MultiValueQueryStringParameters!["game"]);
    }

    [Fact]
    public async Task Message_goes_to_the_route_its_action_names_and_the_returned_body_comes_back()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var connectionId = (await _routes.Connect.NextAsync()).RequestContext.ConnectionId;

        const string message = """{"action":"echo","text":"hello"}""";
        await client.SendAsync(message);

        Assert.Equal(message, await client.ReceiveAsync());
        var echo = await _routes.Echo.NextAsync();
        Assert.Equal(message, echo.Body);
        Assert.Equal("echo", echo.RequestContext.RouteKey);
        Assert.Equal(WebSocketEventType.Message, echo.RequestContext.EventType);
        Assert.Equal(connectionId, echo.RequestContext.ConnectionId);
        Assert.False(string.IsNullOrEmpty(echo.RequestContext.MessageId));
        Assert.False(_routes.Default.HasMore);
    }

    [Theory]
    [InlineData("plain text, not JSON")]
    [InlineData("""{"text":"no action"}""")]
    [InlineData("""{"action":"nobody-serves-this"}""")]
    [InlineData("""{"action":42}""")]
    [InlineData("""["action","echo"]""")]
    [InlineData("""{"action":"$connect"}""")]
    public async Task Message_without_a_matching_action_goes_to_default(string message)
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);

        await client.SendAsync(message);

        Assert.Equal("$default got " + message, await client.ReceiveAsync());
        var request = await _routes.Default.NextAsync();
        Assert.Equal("$default", request.RequestContext.RouteKey);
        Assert.Equal(message, request.Body);
        Assert.False(_routes.Echo.HasMore);
    }

    [Fact]
    public async Task Route_that_returns_no_body_sends_nothing_back()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);

        await client.SendAsync("""{"action":"quiet"}""");
        await client.SendAsync("""{"action":"echo","n":2}""");

        // Messages of one connection are handled in order, so the first reply is the echo: quiet sent nothing.
        Assert.Equal("""{"action":"echo","n":2}""", await client.ReceiveAsync());
        Assert.Equal("quiet", (await _routes.Quiet.NextAsync()).RequestContext.RouteKey);
    }

    [Fact]
    public async Task Connect_function_can_choose_the_subprotocol()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUriWith("protocol=1"), TestRoutes.Protocol);

        Assert.Equal(TestRoutes.Protocol, client.SubProtocol);
        Assert.Equal(TestRoutes.Protocol, (await _routes.Connect.NextAsync()).Header("Sec-WebSocket-Protocol"));
    }

    [Fact]
    public async Task Failing_route_function_is_reported_to_the_client_like_api_gateway_does()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var connectionId = (await _routes.Connect.NextAsync()).RequestContext.ConnectionId;

        await client.SendAsync("""{"action":"crash"}""");

        using var reply = JsonDocument.Parse(await client.ReceiveAsync());
        Assert.Equal("Internal server error", reply.RootElement.GetProperty("message").GetString());
        Assert.Equal(connectionId, reply.RootElement.GetProperty("connectionId").GetString());
        Assert.Equal("crash", (await _routes.Crash.NextAsync()).RequestContext.RouteKey);
    }

    [Fact]
    public async Task Client_close_invokes_disconnect_with_the_connection_id_and_close_code()
    {
        var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var connect = (await _routes.Connect.NextAsync()).RequestContext;

        await client.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "tab closed");
        await client.DisposeAsync();

        var disconnect = await _routes.Disconnect.NextAsync();
        Assert.Equal("$disconnect", disconnect.RequestContext.RouteKey);
        Assert.Equal(WebSocketEventType.Disconnect, disconnect.RequestContext.EventType);
        Assert.Equal(connect.ConnectionId, disconnect.RequestContext.ConnectionId);
        Assert.Equal(connect.ConnectedAt, disconnect.RequestContext.ConnectedAt);
        Assert.Equal(1001, disconnect.RequestContext.DisconnectStatusCode);
        Assert.Equal("tab closed", disconnect.RequestContext.DisconnectReason);
        Assert.Equal("[]", await _cloud.Http.GetStringAsync("/_local/connections"));
    }

    [Fact]
    public async Task Binary_message_closes_the_connection_with_1003()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);

        await client.SendAsync([1, 2, 3], WebSocketMessageType.Binary);

        Assert.Equal(WebSocketCloseStatus.InvalidMessageType, await client.ReceiveCloseAsync());
        Assert.Equal(1003, (await _routes.Disconnect.NextAsync()).RequestContext.DisconnectStatusCode);
        Assert.False(_routes.Default.HasMore);
    }

    [Fact]
    public async Task Message_over_128_KB_closes_the_connection_with_1009()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);

        await client.SendAsync(new string('x', 128 * 1024 + 1));

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await client.ReceiveCloseAsync());
        Assert.Equal(1009, (await _routes.Disconnect.NextAsync()).RequestContext.DisconnectStatusCode);
        Assert.False(_routes.Default.HasMore);
    }

    [Fact]
    public async Task Message_of_exactly_128_KB_is_delivered()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var message = new string('x', 128 * 1024);

        await client.SendAsync(message);

        Assert.Equal(message, (await _routes.Default.NextAsync()).Body);
    }

    [Fact]
    public async Task Plain_http_request_to_the_websocket_path_is_told_to_upgrade()
    {
        using var response = await _cloud.Http.GetAsync("/ws");

        Assert.Equal(426, (int)response.StatusCode);
    }
}

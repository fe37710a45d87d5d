using System.Text.Json;

namespace LiveScore.LocalCloud.Tests.WebSockets;

public sealed class NoDefaultRouteTests : IAsyncLifetime
{
    private readonly TestRoutes _routes = new();
    private WebSocketTestCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await WebSocketTestCloud.StartAsync(_routes.Functions(withDefaultRoute: false));

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task Message_no_route_accepts_is_answered_forbidden_like_api_gateway_does()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var connectionId = (await _routes.Connect.NextAsync()).RequestContext.ConnectionId;

        await client.SendAsync("""{"action":"unknown"}""");

        using var reply = JsonDocument.Parse(await client.ReceiveAsync());
        Assert.Equal("Forbidden", reply.RootElement.GetProperty("message").GetString());
        Assert.Equal(connectionId, reply.RootElement.GetProperty("connectionId").GetString());
        Assert.False(string.IsNullOrEmpty(reply.RootElement.GetProperty("requestId").GetString()));

        // The connection stays usable.
        await client.SendAsync("""{"action":"echo"}""");
        Assert.Equal("""{"action":"echo"}""", await client.ReceiveAsync());
    }
}

using System.Net.WebSockets;

namespace LiveScore.LocalCloud.Tests.WebSockets;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_closes_open_connections_with_going_away_and_skips_disconnect()
    {
        var routes = new TestRoutes();
        var cloud = await WebSocketTestCloud.StartAsync(routes.Functions());
        await using var client = await TestClient.ConnectAsync(cloud.WebSocketUri);
        await routes.Connect.NextAsync();

        var stopping = cloud.DisposeAsync().AsTask();

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await client.ReceiveCloseAsync());
        await stopping.WaitAsync(RecordingFunction.Patience);
        Assert.False(routes.Disconnect.HasMore, "The functions stop with the local cloud; $disconnect is not invoked.");
    }
}

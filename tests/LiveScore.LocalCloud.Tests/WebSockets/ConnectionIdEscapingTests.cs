using System.Net;
using LiveScore.Lambda.Aws;
using LiveScore.Lambda.Connections;

namespace LiveScore.LocalCloud.Tests.WebSockets;

/// <summary>
/// API Gateway ids are base64 and may hold '+', '/' and '='. The functions' own <c>@connections</c> client must reach
/// the right socket with every one of them.
/// </summary>
public sealed class ConnectionIdEscapingTests : IAsyncLifetime
{
    private static readonly string[] Ids = ["L0SM9c+FvH/CIhw=", "ab/cd+ef/gh+ij=="];

    private readonly TestRoutes _routes = new();
    private readonly Queue<string> _ids = new(Ids);
    private WebSocketTestCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await WebSocketTestCloud.StartAsync(_routes.Functions(), () => _ids.Dequeue());

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task Functions_reach_connections_whose_ids_need_escaping()
    {
        await using var first = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        await using var second = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        Assert.Equal(Ids[0], (await _routes.Connect.NextAsync()).RequestContext.ConnectionId);
        Assert.Equal(Ids[1], (await _routes.Connect.NextAsync()).RequestContext.ConnectionId);
        using var http = new HttpClient();
        var messenger = new ApiGatewayConnectionMessenger(
            http, _cloud.BaseAddress, "us-east-1", new LocalCredentials(), new RetryPolicy(1, (_, _) => Task.CompletedTask));

        Assert.Equal(PostOutcome.Delivered, await messenger.PostAsync(Ids[1], "to second"u8.ToArray(), CancellationToken.None));
        Assert.Equal(PostOutcome.Delivered, await messenger.PostAsync(Ids[0], "to first"u8.ToArray(), CancellationToken.None));

        Assert.Equal("to first", await first.ReceiveAsync());
        Assert.Equal("to second", await second.ReceiveAsync());
        Assert.True(await messenger.DeleteAsync(Ids[0], CancellationToken.None));
        await first.ReceiveCloseAsync();
        Assert.Equal(Ids[0], (await _routes.Disconnect.NextAsync()).RequestContext.ConnectionId);
        Assert.Equal(PostOutcome.Gone, await messenger.PostAsync(Ids[0], "late"u8.ToArray(), CancellationToken.None));
        Assert.False(await messenger.DeleteAsync(Ids[0], CancellationToken.None));
    }

    [Fact]
    public async Task Get_finds_a_connection_by_its_escaped_id()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        await _routes.Connect.NextAsync();

        using var escaped = await _cloud.Http.GetAsync(_cloud.ConnectionPath(Ids[0]));
        using var unescapedSlash = await _cloud.Http.GetAsync("/@connections/" + Ids[0]);

        Assert.Equal(HttpStatusCode.OK, escaped.StatusCode);
        // Unescaped, the '/' splits the id into two path segments: no connection has that address.
        Assert.NotEqual(HttpStatusCode.OK, unescapedSlash.StatusCode);
    }

    private sealed class LocalCredentials : IAwsCredentialsSource
    {
        public ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new AwsCredentials("local", "local"));
    }
}

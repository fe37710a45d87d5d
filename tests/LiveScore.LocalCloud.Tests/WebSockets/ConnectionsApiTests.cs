using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace LiveScore.LocalCloud.Tests.WebSockets;

/// <summary>The <c>@connections</c> management API the functions call through WEBSOCKET_ENDPOINT.</summary>
public sealed class ConnectionsApiTests : IAsyncLifetime
{
    private readonly TestRoutes _routes = new();
    private WebSocketTestCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await WebSocketTestCloud.StartAsync(_routes.Functions());

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task Post_delivers_the_body_as_one_text_message()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var connectionId = await ConnectionIdAsync();
        const string message = """{"type":"score","op":"insert","player":{"playerId":"p1","name":"Ann <3","score":7}}""";

        using var response = await _cloud.Http.PostAsync(_cloud.ConnectionPath(connectionId), new StringContent(message));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, await client.ReceiveAsync());
        using var listed = JsonDocument.Parse(await _cloud.Http.GetStringAsync("/_local/connections"));
        Assert.Equal(1, Assert.Single(listed.RootElement.EnumerateArray()).GetProperty("messagesSent").GetInt64());
    }

    [Fact]
    public async Task Get_describes_the_connection()
    {
        var before = DateTimeOffset.UtcNow.AddMilliseconds(-1);
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var connectionId = await ConnectionIdAsync();

        using var description = JsonDocument.Parse(await _cloud.Http.GetStringAsync(_cloud.ConnectionPath(connectionId)));

        var root = description.RootElement;
        var connectedAt = root.GetProperty("connectedAt").GetDateTimeOffset();
        Assert.InRange(connectedAt, before, DateTimeOffset.UtcNow);
        Assert.True(root.GetProperty("lastActiveAt").GetDateTimeOffset() >= connectedAt);
        Assert.Equal("127.0.0.1", root.GetProperty("identity").GetProperty("sourceIp").GetString());
        Assert.Equal(TestClient.UserAgent, root.GetProperty("identity").GetProperty("userAgent").GetString());
    }

    [Fact]
    public async Task Delete_closes_the_client_socket_and_invokes_disconnect()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var connectionId = await ConnectionIdAsync();

        using var response = await _cloud.Http.DeleteAsync(_cloud.ConnectionPath(connectionId));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, await client.ReceiveCloseAsync());
        var disconnect = (await _routes.Disconnect.NextAsync()).RequestContext;
        Assert.Equal(connectionId, disconnect.ConnectionId);
        Assert.Equal(1000, disconnect.DisconnectStatusCode);
        Assert.Equal("Connection deleted", disconnect.DisconnectReason);
        Assert.Equal(WebSocketState.Closed, client.State);
    }

    [Fact]
    public async Task Deleted_connection_is_gone_for_every_operation()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var path = _cloud.ConnectionPath(await ConnectionIdAsync());

        using var deleted = await _cloud.Http.DeleteAsync(path);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await _cloud.Http.PostAsync(path, new StringContent("late"))).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await _cloud.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await _cloud.Http.DeleteAsync(path)).StatusCode);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Post_to_an_unknown_connection_is_410_gone()
    {
        using var response = await _cloud.Http.PostAsync(_cloud.ConnectionPath("EnQ4AeRWjoECJxQ="), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("GoneException", response.Headers.GetValues("x-amzn-ErrorType").Single());
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("GoneException", error.RootElement.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task Post_after_the_client_closed_is_410_gone()
    {
        var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var connectionId = await ConnectionIdAsync();
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye");
        await client.DisposeAsync();
        await _routes.Disconnect.NextAsync();

        using var response = await _cloud.Http.PostAsync(_cloud.ConnectionPath(connectionId), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task Post_over_128_KB_is_refused_and_nothing_is_sent()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var path = _cloud.ConnectionPath(await ConnectionIdAsync());

        using var tooBig = await _cloud.Http.PostAsync(path, new StringContent(new string('x', 128 * 1024 + 1)));
        using var next = await _cloud.Http.PostAsync(path, new StringContent("after"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("after", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Concurrent_posts_to_one_connection_all_arrive_whole()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        var path = _cloud.ConnectionPath(await ConnectionIdAsync());
        // Large enough that interleaved sends would split or mix frames.
        var messages = Enumerable.Range(0, 50)
            .Select(i => $$"""{"n":{{i}},"fill":"{{new string((char)('a' + i % 26), 16 * 1024)}}"}""")
            .ToList();

        var receiving = Task.Run(async () =>
        {
            var received = new List<string>();
            for (var i = 0; i < messages.Count; i++)
            {
                received.Add(await client.ReceiveAsync());
            }
            return received;
        });
        var responses = await Task.WhenAll(messages.Select(m => _cloud.Http.PostAsync(path, new StringContent(m, Encoding.UTF8))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(messages.Order(StringComparer.Ordinal), (await receiving).Order(StringComparer.Ordinal));
        using var listed = JsonDocument.Parse(await _cloud.Http.GetStringAsync("/_local/connections"));
        Assert.Equal(messages.Count, Assert.Single(listed.RootElement.EnumerateArray()).GetProperty("messagesSent").GetInt64());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private async Task<string> ConnectionIdAsync() => (await _routes.Connect.NextAsync()).RequestContext.ConnectionId;
}

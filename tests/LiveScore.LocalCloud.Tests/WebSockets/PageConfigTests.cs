using System.Text.Json;
using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud.Tests.WebSockets;

public sealed class PageConfigTests : IAsyncLifetime
{
    private WebSocketTestCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await WebSocketTestCloud.StartAsync([]);

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task Config_json_gives_the_pages_this_local_clouds_urls()
    {
        using var response = await _cloud.Http.GetAsync("/app/config.json");

        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = $"{_cloud.BaseAddress.Authority}";
        Assert.Equal($"http://{root}", config.RootElement.GetProperty("apiUrl").GetString());
        Assert.Equal($"ws://{root}/ws", config.RootElement.GetProperty("webSocketUrl").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.False(config.RootElement.GetProperty("signedWrites").GetBoolean());
        Assert.Equal(JsonValueKind.Null, config.RootElement.GetProperty("userPool").ValueKind);
    }

    [Fact]
    public async Task Config_json_tells_the_pages_where_customers_sign_in_when_a_route_needs_one()
    {
        var function = new FunctionDefinition("fn", "A function.", () => throw new NotSupportedException())
        {
            HttpRoutes = [new("POST", "/orders") { Authorization = RouteAuthorization.Customer }],
        };
        await using var cloud = await WebSocketTestCloud.StartAsync([function]);

        using var config = JsonDocument.Parse(await cloud.Http.GetStringAsync("/app/config.json"));

        var pool = config.RootElement.GetProperty("userPool");
        Assert.Equal($"http://{cloud.BaseAddress.Authority}/_aws/cognito-idp", pool.GetProperty("endpoint").GetString());
        Assert.Equal(LocalEnvironment.UserPoolClientId, pool.GetProperty("clientId").GetString());
        Assert.False(config.RootElement.GetProperty("signedWrites").GetBoolean());
    }

    [Fact]
    public async Task Config_json_tells_the_pages_to_sign_their_writes_when_a_route_has_iam_authorization()
    {
        var function = new FunctionDefinition("fn", "A function.", () => throw new NotSupportedException())
        {
            HttpRoutes = [new("POST", "/players") { Authorization = RouteAuthorization.Iam }],
        };
        await using var cloud = await WebSocketTestCloud.StartAsync([function]);

        using var config = JsonDocument.Parse(await cloud.Http.GetStringAsync("/app/config.json"));

        Assert.True(config.RootElement.GetProperty("signedWrites").GetBoolean());
        Assert.Equal("local", config.RootElement.GetProperty("localCredentials").GetProperty("accessKeyId").GetString());
    }

    [Fact]
    public async Task The_advertised_websocket_url_connects()
    {
        using var config = JsonDocument.Parse(await _cloud.Http.GetStringAsync("/app/config.json"));

        await using var client = await TestClient.ConnectAsync(new Uri(config.RootElement.GetProperty("webSocketUrl").GetString()!));

        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, client.State);
    }
}

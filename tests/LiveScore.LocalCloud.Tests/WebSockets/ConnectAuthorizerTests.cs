using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.Tests.WebSockets;

/// <summary>A <c>$connect</c> authorizer decides, as in API Gateway, whether a connection opens and what its events carry.</summary>
public sealed class ConnectAuthorizerTests : IAsyncLifetime
{
    private readonly TestRoutes _routes = new();
    private readonly List<WebSocketAuthorizerRequest> _asked = [];
    private WebSocketTestCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await WebSocketTestCloud.StartAsync(
    [
        new FunctionDefinition("test-authorizer", "lets ?token=good in as user-1, denies ?token=bad, fails otherwise", () => new Authorizer(_asked))
        {
            AuthorizesWebSocketConnect = true,
        },
        .. _routes.Functions(),
    ]);

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task An_allowed_connection_opens_and_every_event_carries_the_authorizers_context()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUriWith("token=good"));
        var connect = await _routes.Connect.NextAsync();
        await client.SendAsync("""{"action":"echo","text":"hi"}""");
        await client.ReceiveAsync();
        var message = await _routes.Echo.NextAsync();

        var asked = Assert.Single(_asked);
        Assert.Equal(("REQUEST", "good"), (asked.Type, asked.QueryStringParameters!["token"]));
        Assert.Equal("arn:aws:execute-api:us-east-1:000000000000:local/local/$connect", asked.MethodArn);
        Assert.Equal(connect.RequestContext.ConnectionId, asked.RequestContext.ConnectionId);
        Assert.Equal(("user-1", "user-1"), (connect.RequestContext.AuthorizerValue("sub"), message.RequestContext.AuthorizerValue("sub")));
        Assert.Equal("user-1", message.RequestContext.AuthorizerValue("principalId"));
    }

    [Theory]
    [InlineData("token=bad", 403)]
    [InlineData("token=none", 401)]
    [InlineData("token=broken", 500)]
    public async Task A_refused_connection_never_opens_and_its_connect_function_never_runs(string query, int status)
    {
        Assert.Equal(status, await TestClient.RefusedStatusAsync(_cloud.WebSocketUriWith(query)));

        Assert.Equal("[]", await _cloud.Http.GetStringAsync("/_local/connections"));
        Assert.False(_routes.Connect.HasMore);
    }

    private sealed class Authorizer(List<WebSocketAuthorizerRequest> asked) : IFunctionHandler
    {
        public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
        {
            var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.WebSocketAuthorizerRequest)!;
            lock (asked)
            {
                asked.Add(request);
            }
            var answer = request.QueryStringParameters?.GetValueOrDefault("token") switch
            {
                "good" => AuthorizerResponse.Allow("user-1", request.MethodArn, new Dictionary<string, string> { ["sub"] = "user-1" }),
                "bad" => AuthorizerResponse.Deny("someone", request.MethodArn),
                "none" => throw new UnauthorizedAccessException("Unauthorized"),
                _ => throw new InvalidOperationException("The authorizer broke."),
            };
            return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(answer, HostingJsonContext.Default.AuthorizerResponse));
        }
    }
}

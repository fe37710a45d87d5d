using LiveScore._1.Functions.Chat;
using LiveScore._1.InfraTests.Hosting;

namespace LiveScore._1.InfraTests.Chat;

public class ChatConstructTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    [Fact]
    public void Broadcast_routes_accept_only_iam_signed_callers()
    {
        var routes = app.Json.Resources("AWS::ApiGatewayV2::Route")
            .Select(r => r.Resource["Properties"]!)
            .Where(p => ((string?)p["RouteKey"])?.Contains("/broadcast", StringComparison.Ordinal) == true)
            .ToList();

        Assert.Equal(["POST /broadcast", "POST /broadcastmessage"], routes.Select(r => (string?)r["RouteKey"]).Order());
        Assert.All(routes, route => Assert.Equal("AWS_IAM", (string?)route["AuthorizationType"]));
    }

    [Fact]
    public void Chat_routes_are_on_the_websocket_api()
    {
        var routeKeys = app.Json.Resources("AWS::ApiGatewayV2::Route").Select(r => (string?)r.Resource["Properties"]!["RouteKey"]).ToList();

        Assert.Contains(ChatCatalog.SendMessageRoute, routeKeys);
        Assert.Contains("$default", routeKeys);
    }

    [Fact]
    public void Chat_functions_may_post_to_connections_and_read_and_write_the_connections_table_only()
    {
        foreach (var function in ChatCatalog.Functions)
        {
            var environment = app.Json.Properties(app.LogicalId(app.Resources.Function(function.Id)))["Environment"]!["Variables"]!.AsObject();

            Assert.Equal(["CONNECTIONS_TABLE", ChatCatalog.WebSocketEndpointVariable], environment.Select(v => v.Key).Order());
        }
    }
}

using Arena.Functions;
using Arena.Functions.Chat;
using Arena.InfraTests.Hosting;
using LiveScore.Lambda.Catalog;

namespace Arena.InfraTests.Chat;

public class ChatConstructTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    [Fact]
    public void Broadcast_routes_are_signed_writes()
    {
        var routes = app.Json.Resources("AWS::ApiGatewayV2::Route")
            .Select(r => r.Resource["Properties"]!)
            .Where(p => ((string?)p["RouteKey"])?.Contains("/broadcast", StringComparison.Ordinal) == true)
            .ToList();

        Assert.Equal(["POST /broadcast", "POST /broadcastmessage"], routes.Select(r => (string?)r["RouteKey"]).Order());
        // IAM-signed callers only, unless generated with --auth none.
        Assert.All(routes, route => Assert.Equal(AppCatalog.SignedWrites == RouteAuthorization.Iam ? "AWS_IAM" : "NONE", (string?)route["AuthorizationType"] ?? "NONE"));
    }

    [Fact]
    public void Chat_routes_are_on_the_websocket_api()
    {
        var routeKeys = app.Json.Resources("AWS::ApiGatewayV2::Route").Select(r => (string?)r.Resource["Properties"]!["RouteKey"]).ToList();

        Assert.Contains(ChatCatalog.SendMessageRoute, routeKeys);
        Assert.Contains("$default", routeKeys);
    }

    [Fact]
    public void The_default_route_function_may_post_to_connections_but_not_touch_the_table()
    {
        foreach (var function in ChatCatalog.Functions)
        {
            var environment = app.Json.Properties(app.LogicalId(app.Resources.Function(function.Id)))["Environment"]!["Variables"]!.AsObject();

            Assert.Contains(ChatCatalog.WebSocketEndpointVariable, environment.Select(v => v.Key));
            Assert.Equal(function.Id != "chat-default", environment.ContainsKey("CONNECTIONS_TABLE"));
        }
    }
}

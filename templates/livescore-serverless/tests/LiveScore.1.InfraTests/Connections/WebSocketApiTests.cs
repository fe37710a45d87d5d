using LiveScore._1.Functions;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using LiveScore._1.Functions.Connections;
using LiveScore.Lambda.Catalog;
using LiveScore._1.Infra.Hosting;
using LiveScore._1.InfraTests.Hosting;

namespace LiveScore._1.InfraTests.Connections;

public class WebSocketApiTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    private static readonly IReadOnlyList<(FunctionDefinition Function, string RouteKey)> CatalogRoutes =
        [.. AppCatalog.Functions.SelectMany(f => f.WebSocketRoutes.Select(r => (f, r)))];

    [Fact]
    public void Api_selects_routes_by_the_message_action()
    {
        app.Template.HasResourceProperties("AWS::ApiGatewayV2::Api", new Dictionary<string, object>
        {
            ["ProtocolType"] = "WEBSOCKET",
            ["RouteSelectionExpression"] = "$request.body.action",
        });
    }

    [Fact]
    public void Route_keys_equal_the_catalog_routes()
    {
        var deployed = WebSocketRoutes().Select(r => (string)r["RouteKey"]!).Order();

        Assert.Equal(CatalogRoutes.Select(r => r.RouteKey).Order(), deployed);
        Assert.Contains("$connect", deployed);
        Assert.Contains("$disconnect", deployed);
    }

    [Fact]
    public void Every_route_invokes_its_catalog_function()
    {
        foreach (var route in WebSocketRoutes())
        {
            var routeKey = (string)route["RouteKey"]!;
            var owner = CatalogRoutes.Single(r => r.RouteKey == routeKey).Function;
            var integrationId = (string)route["Target"]!["Fn::Join"]![1]![1]!["Ref"]!;
            var integration = app.Json.Properties(integrationId);

            Assert.Equal("AWS_PROXY", (string?)integration["IntegrationType"]);
            var functionArn = TemplateJson.GetAtt(app.LogicalId(app.Resources.Function(owner.Id)), "Arn");
            Assert.Contains(integration["IntegrationUri"]!["Fn::Join"]![1]!.AsArray(), part => JsonNode.DeepEquals(part, functionArn));
        }
    }

    [Fact]
    public void Live_stage_auto_deploys_with_throttling()
    {
        app.Template.HasResourceProperties("AWS::ApiGatewayV2::Stage", new Dictionary<string, object>
        {
            ["ApiId"] = new Dictionary<string, object> { ["Ref"] = ApiId },
            ["StageName"] = WebSocketApiConstruct.StageName,
            ["AutoDeploy"] = true,
            ["DefaultRouteSettings"] = new Dictionary<string, object>
            {
                ["ThrottlingRateLimit"] = WebSocketApiConstruct.RateLimit,
                ["ThrottlingBurstLimit"] = WebSocketApiConstruct.BurstLimit,
            },
        });
    }

    [Fact]
    public void The_stage_writes_a_json_access_log_line_per_request_with_the_account_logging_role_set()
    {
        var stage = app.Json.Resources("AWS::ApiGatewayV2::Stage").Single(s => JsonNode.DeepEquals(s.Resource["Properties"]!["ApiId"], TemplateJson.Ref(ApiId)));
        var settings = stage.Resource["Properties"]!["AccessLogSettings"]!;
        var logGroupId = (string)settings["DestinationArn"]!["Fn::GetAtt"]![0]!;
        using var format = JsonDocument.Parse(((string?)settings["Format"])!);

        Assert.Equal(30, (int?)app.Json.Properties(logGroupId)["RetentionInDays"]);
        Assert.Equal(["requestId", "ip", "requestTime", "eventType", "routeKey", "connectionId", "status", "integrationError"], format.RootElement.EnumerateObject().Select(p => p.Name));
        var account = Assert.Single(app.Json.Resources("AWS::ApiGateway::Account"));
        Assert.Contains(account.LogicalId, stage.Resource["DependsOn"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Retain", (string?)account.Resource["DeletionPolicy"]);
    }

    [Fact]
    public void Outputs_the_wss_url_of_the_stage()
    {
        app.Template.HasOutput("WebSocketUrl", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Value"] = new Dictionary<string, object>
            {
                ["Fn::Join"] = Match.ArrayWith([Match.ArrayWith(["wss://", new Dictionary<string, object> { ["Ref"] = ApiId }, "/" + WebSocketApiConstruct.StageName])]),
            },
        }));
    }

    [Fact]
    public void Connections_table_expires_stale_connections()
    {
        var table = app.Json.Properties(app.LogicalId(app.Resources.Table(ConnectionsCatalog.Connections.Name)));

        Assert.Equal(ConnectionsCatalog.Connections.TimeToLiveAttribute, (string?)table["TimeToLiveSpecification"]!["AttributeName"]);
        Assert.Equal(ConnectionsCatalog.Connections.PartitionKey.Name, (string?)table["KeySchema"]![0]!["AttributeName"]);
    }

#if (chatSignIn)
    [Fact]
    public void Connect_is_authorized_by_the_authorizer_function_for_every_connection_and_the_other_routes_are_not()
    {
        var authorizerFunction = AppCatalog.Functions.Single(f => f.AuthorizesWebSocketConnect);
        var (authorizerId, authorizer) = app.Json.Resources("AWS::ApiGatewayV2::Authorizer")
            .Single(a => JsonNode.DeepEquals(a.Resource["Properties"]!["ApiId"], TemplateJson.Ref(ApiId)));
        var properties = authorizer["Properties"]!;
        var connect = WebSocketRoutes().Single(r => (string)r["RouteKey"]! == "$connect");

        Assert.Equal("REQUEST", (string?)properties["AuthorizerType"]);
        // A header every request has: API Gateway asks the function about connections without a token too.
        Assert.Equal(["route.request.header.Host"], properties["IdentitySource"]!.AsArray().Select(s => (string?)s));
        Assert.Contains(app.LogicalId(app.Resources.Function(authorizerFunction.Id)), properties["AuthorizerUri"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("CUSTOM", (string?)connect["AuthorizationType"]);
        Assert.True(JsonNode.DeepEquals(TemplateJson.Ref(authorizerId), connect["AuthorizerId"]));
        Assert.All(WebSocketRoutes().Where(r => (string)r["RouteKey"]! != "$connect"), r => Assert.Null(r["AuthorizerId"]));
    }

#endif
    private string ApiId => app.LogicalId(app.Resources.WebSocketApiNamed(ConnectionsCatalog.WebSocketApi).Api);

    private IEnumerable<JsonObject> WebSocketRoutes() =>
        app.Json.Resources("AWS::ApiGatewayV2::Route")
            .Select(r => r.Resource["Properties"]!.AsObject())
            .Where(r => JsonNode.DeepEquals(r["ApiId"], TemplateJson.Ref(ApiId)));
}

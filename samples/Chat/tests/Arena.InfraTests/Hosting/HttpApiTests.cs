using Arena.Functions;
using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using LiveScore.Lambda.Catalog;
using Arena.Infra.Hosting;

namespace Arena.InfraTests.Hosting;

public class HttpApiTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    private static readonly IReadOnlyList<(FunctionDefinition Function, HttpRoute Route)> CatalogRoutes =
        [.. AppCatalog.Functions.SelectMany(f => f.HttpRoutes.Select(r => (f, r)))];

    [Fact]
    public void Http_api_is_deployed_exactly_when_the_catalog_has_routes()
    {
        var httpApis = app.Json.Resources("AWS::ApiGatewayV2::Api").Count(a => (string?)a.Resource["Properties"]!["ProtocolType"] == "HTTP");
        var urlOutputs = app.Json.Root["Outputs"]?.AsObject().Count(o => o.Key == "HttpApiUrl") ?? 0;

        Assert.Equal(CatalogRoutes.Count > 0 ? 1 : 0, httpApis);
        Assert.Equal(CatalogRoutes.Count > 0 ? 1 : 0, urlOutputs);
    }

    [Fact]
    public void Route_keys_equal_the_catalog_routes()
    {
        if (NoRoutes)
        {
            return;
        }

        var deployed = HttpRoutes().Select(r => (string)r.Properties["RouteKey"]!).Order();

        Assert.Equal(CatalogRoutes.Select(r => r.Route.ToString()).Order(), deployed);
    }

    [Fact]
    public void Every_route_proxies_to_its_catalog_function_with_payload_format_2()
    {
        if (NoRoutes)
        {
            return;
        }

        foreach (var (_, properties) in HttpRoutes())
        {
            var routeKey = (string)properties["RouteKey"]!;
            var owner = CatalogRoutes.Single(r => r.Route.ToString() == routeKey).Function;
            var integrationId = (string)properties["Target"]!["Fn::Join"]![1]![1]!["Ref"]!;
            var integration = app.Json.Properties(integrationId);

            Assert.Equal("AWS_PROXY", (string?)integration["IntegrationType"]);
            Assert.Equal("2.0", (string?)integration["PayloadFormatVersion"]);
            var functionArn = TemplateJson.GetAtt(app.LogicalId(app.Resources.Function(owner.Id)), "Arn");
            Assert.True(JsonNode.DeepEquals(functionArn, integration["IntegrationUri"]), $"{routeKey} does not reach {owner.Id}");
        }
    }

    [Fact]
    public void Each_route_has_the_authorization_its_catalog_entry_asks_for()
    {
        foreach (var (_, properties) in HttpRoutes())
        {
            var route = CatalogRoutes.Single(r => r.Route.ToString() == (string)properties["RouteKey"]!).Route;
            var expected = route.Authorization switch
            {
                RouteAuthorization.Iam => "AWS_IAM",
                RouteAuthorization.Customer => "JWT",
                _ => "NONE",
            };

            Assert.True(expected == ((string?)properties["AuthorizationType"] ?? "NONE"), $"{route}: {properties["AuthorizationType"]}");
        }
    }

    [Fact]
    public void Only_routes_open_on_purpose_answer_cdk_nags_authorization_rule()
    {
        foreach (var (logicalId, properties) in HttpRoutes())
        {
            var route = CatalogRoutes.Single(r => r.Route.ToString() == (string)properties["RouteKey"]!).Route;
            var acknowledged = app.Json.Resource(logicalId)["Metadata"]?["cdk_nag"]?.ToJsonString().Contains("AwsSolutions-APIG4", StringComparison.Ordinal) == true;

            Assert.True(acknowledged == (route.Authorization == RouteAuthorization.Public), $"{route}: {route.Authorization}, acknowledged: {acknowledged}");
        }
    }

    [Fact]
    public void Default_stage_auto_deploys_with_throttling()
    {
        if (NoRoutes)
        {
            return;
        }

        app.Template.HasResourceProperties("AWS::ApiGatewayV2::Stage", new Dictionary<string, object>
        {
            ["ApiId"] = new Dictionary<string, object> { ["Ref"] = HttpApiId },
            ["StageName"] = "$default",
            ["AutoDeploy"] = true,
            ["DefaultRouteSettings"] = new Dictionary<string, object>
            {
                ["ThrottlingRateLimit"] = HttpApiConstruct.RateLimit,
                ["ThrottlingBurstLimit"] = HttpApiConstruct.BurstLimit,
            },
        });
    }

    [Fact]
    public void Each_route_the_catalog_limits_has_its_own_throttle_and_the_stage_waits_for_the_route()
    {
        if (NoRoutes)
        {
            return;
        }
        var (stageId, stage) = app.Json.Resources("AWS::ApiGatewayV2::Stage").Single(s => JsonNode.DeepEquals(TemplateJson.Ref(HttpApiId), s.Resource["Properties"]!["ApiId"]));
        var settings = stage["Properties"]!["RouteSettings"]?.AsObject() ?? [];
        var limited = CatalogRoutes.Where(r => r.Route.Throttle is not null).ToList();
        var dependsOn = stage["DependsOn"]?.AsArray().Select(d => (string?)d).ToHashSet() ?? [];

        Assert.Equal(limited.Select(r => r.Route.ToString()).Order(), settings.Select(s => s.Key).Order());
        foreach (var (_, route) in limited)
        {
            var setting = settings[route.ToString()]!;
            Assert.Equal((route.Throttle!.RatePerSecond, route.Throttle.Burst), ((double)setting["ThrottlingRateLimit"]!, (int)setting["ThrottlingBurstLimit"]!));
            Assert.True(route.Throttle.RatePerSecond < HttpApiConstruct.RateLimit, $"{route} is limited no lower than the stage");
            var routeId = HttpRoutes().Single(r => (string)r.Properties["RouteKey"]! == route.ToString()).LogicalId;
            Assert.Contains(routeId, dependsOn);
        }
    }

    [Fact]
    public void Every_request_is_access_logged_as_json_to_a_log_group_kept_a_month()
    {
        if (NoRoutes)
        {
            return;
        }

        var stage = app.Json.Resources("AWS::ApiGatewayV2::Stage").Single(s => JsonNode.DeepEquals(TemplateJson.Ref(HttpApiId), s.Resource["Properties"]!["ApiId"])).Resource["Properties"]!;
        var settings = stage["AccessLogSettings"]!;

        Assert.True(JsonNode.DeepEquals(TemplateJson.GetAtt(app.LogicalId(app.Resources.HttpApi.AccessLogs), "Arn"), settings["DestinationArn"]));
        var fields = JsonNode.Parse((string)settings["Format"]!)!.AsObject();
        Assert.Equal("$context.routeKey", (string?)fields["routeKey"]);
        Assert.Equal("$context.identity.sourceIp", (string?)fields["ip"]);
        Assert.Equal(30, (int?)app.Json.Properties(app.LogicalId(app.Resources.HttpApi.AccessLogs))["RetentionInDays"]);
    }

    [Fact]
    public void Cors_allows_exactly_the_methods_the_routes_use()
    {
        if (NoRoutes)
        {
            return;
        }

        var cors = app.Json.Properties(HttpApiId)["CorsConfiguration"]!;
        var allowed = cors["AllowMethods"]!.AsArray().Select(m => (string)m!).Order();

        Assert.Equal(CatalogRoutes.Select(r => r.Route.Method).Where(m => m != "ANY").Distinct().Order(), allowed);
        Assert.Contains("content-type", cors["AllowHeaders"]!.AsArray().Select(h => (string?)h));
        Assert.Contains("idempotency-key", cors["AllowHeaders"]!.AsArray().Select(h => (string?)h));
        Assert.Contains("idempotent-replayed", cors["ExposeHeaders"]!.AsArray().Select(h => (string?)h));
        Assert.Contains("x-amz-date", cors["AllowHeaders"]!.AsArray().Select(h => (string?)h));
    }

    [Fact]
    public void Outputs_the_http_api_url()
    {
        if (NoRoutes)
        {
            return;
        }

        app.Template.HasOutput("HttpApiUrl", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Value"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["Fn::Join"] = Match.ArrayWith([Match.ArrayWith(["https://", new Dictionary<string, object> { ["Ref"] = HttpApiId }])]),
            }),
        }));
    }

    /// <summary>Only an option set without HTTP functions has no API; the first fact covers that case.</summary>
    private static bool NoRoutes => CatalogRoutes.Count == 0;

    private string HttpApiId => app.LogicalId(app.Resources.HttpApi.Api);

    private IEnumerable<(string LogicalId, JsonObject Properties)> HttpRoutes() =>
        app.Json.Resources("AWS::ApiGatewayV2::Route")
            .Select(r => (r.LogicalId, r.Resource["Properties"]!.AsObject()))
            .Where(r => JsonNode.DeepEquals(r.Item2["ApiId"], TemplateJson.Ref(HttpApiId)));
}

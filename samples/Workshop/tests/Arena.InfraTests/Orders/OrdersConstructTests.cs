using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using Arena.Functions.Orders;
using Arena.InfraTests.Hosting;

namespace Arena.InfraTests.Orders;

public class OrdersConstructTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    [Fact]
    public void Orders_table_streams_new_orders_and_keys_expire()
    {
        var orders = app.Json.Properties(app.LogicalId(app.Resources.Table(OrderCatalog.Orders.Name)));
        var keys = app.Json.Properties(app.LogicalId(app.Resources.Table(OrderCatalog.IdempotencyKeys.Name)));

        Assert.Equal("NEW_AND_OLD_IMAGES", (string?)orders["StreamSpecification"]!["StreamViewType"]);
        Assert.Equal("expiresAt", (string?)keys["TimeToLiveSpecification"]!["AttributeName"]);
        Assert.Null(keys["StreamSpecification"]);
    }

    [Fact]
    public void Http_api_serves_the_order_routes()
    {
        var routeKeys = app.Json.Resources("AWS::ApiGatewayV2::Route").Select(r => (string?)r.Resource["Properties"]!["RouteKey"]).ToList();

        Assert.Contains("POST /orders", routeKeys);
        Assert.Contains("GET /orders/{orderId}", routeKeys);
    }

    [Fact]
    public void Order_stream_is_mapped_with_the_same_safety_settings_as_every_stream()
    {
        var consumer = OrderCatalog.Functions.Single(f => f.Stream is not null);

        app.Template.HasResourceProperties("AWS::Lambda::EventSourceMapping", Match.ObjectLike(new Dictionary<string, object>
        {
            ["EventSourceArn"] = new Dictionary<string, object> { ["Fn::GetAtt"] = new object[] { app.LogicalId(app.Resources.Table(OrderCatalog.Orders.Name)), "StreamArn" } },
            ["FunctionName"] = new Dictionary<string, object> { ["Ref"] = app.LogicalId(app.Resources.Function(consumer.Id)) },
            ["BisectBatchOnFunctionError"] = true,
            ["MaximumRetryAttempts"] = consumer.Stream!.MaxRetries,
            ["FunctionResponseTypes"] = new[] { "ReportBatchItemFailures" },
        }));
    }

    [Fact]
    public void Order_notifications_go_to_the_email_parameter()
    {
        app.Template.HasParameter(OrderCatalog.OrderNotifications.EmailParameter, Match.ObjectLike(new Dictionary<string, object> { ["Type"] = "String" }));

        var topicArn = TemplateJson.Ref(app.LogicalId(app.Resources.Topic(OrderCatalog.OrderNotifications.Name)));
        var streamFunction = app.Json.Properties(app.LogicalId(app.Resources.Function(OrderCatalog.Functions.Single(f => f.Stream is not null).Id)));
        Assert.True(JsonNode.DeepEquals(topicArn, streamFunction["Environment"]!["Variables"]![OrderCatalog.TopicVariable]));
    }
}

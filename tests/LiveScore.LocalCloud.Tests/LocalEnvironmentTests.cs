using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud.Tests;

public sealed class LocalEnvironmentTests
{
    [Fact]
    public void Each_binding_locates_its_resource_at_the_local_endpoints()
    {
        var function = new FunctionDefinition("visit-api", "sends visits", () => throw new NotSupportedException())
        {
            Bindings =
            [
                new("VISITS_QUEUE_URL", ResourceKind.Queue, "Visits", Access.Send),
                new("VISITS_TABLE", ResourceKind.Table, "ProductVisits", Access.Write),
                new("TOPIC_ARN", ResourceKind.Topic, "Alerts", Access.Publish),
                new("WEBSOCKET_ENDPOINT", ResourceKind.WebSocketApi, "Live", Access.ManageConnections),
                new("LAKE_BUCKET", ResourceKind.Bucket, "Lake", Access.Write),
            ],
        };

        var variables = LocalEnvironment.For(function, "http://127.0.0.1:5080", "http://127.0.0.1:5080/_aws/dynamodb", "127.0.0.1:5080/_runtime/x/visit-api", _ => null);

        Assert.Equal("http://127.0.0.1:5080/_aws/sqs/000000000000/Visits", variables["VISITS_QUEUE_URL"]);
        Assert.Equal("http://127.0.0.1:5080/_aws/sqs", variables["AWS_ENDPOINT_URL_SQS"]);
        Assert.Equal("ProductVisits", variables["VISITS_TABLE"]);
        Assert.Equal("arn:aws:sns:us-east-1:000000000000:Alerts", variables["TOPIC_ARN"]);
        Assert.Equal("http://127.0.0.1:5080", variables["WEBSOCKET_ENDPOINT"]);
        Assert.Equal("lake", variables["LAKE_BUCKET"]);
        Assert.Equal("http://127.0.0.1:5080/_aws/s3", variables["AWS_ENDPOINT_URL_S3"]);
        Assert.Equal("visit-api", variables["_HANDLER"]);
    }
}

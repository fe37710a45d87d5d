using Amazon.DynamoDBv2;
using LiveScore._1.Functions.Hosting.Aws;
#if (connections)
using LiveScore._1.Functions.Hosting.Connections;
#endif
using LiveScore._1.Functions.Hosting.Notifications;

namespace LiveScore._1.Functions.Hosting;

/// <summary>
/// The AWS clients of this process, created once: a Lambda execution environment serves many invocations,
/// so connections and credentials are reused. Endpoints follow AWS_ENDPOINT_URL[_SERVICE].
/// </summary>
public static class AwsServices
{
    private static readonly Lazy<HttpClient> Http = new(() => new HttpClient { Timeout = TimeSpan.FromSeconds(10) });
    private static readonly Lazy<IAmazonDynamoDB> DynamoDbClient = new(() => new AmazonDynamoDBClient());
    private static readonly Lazy<DefaultChainCredentials> Credentials = new(() => new DefaultChainCredentials());

    public static IAmazonDynamoDB DynamoDb => DynamoDbClient.Value;

    public static INotificationPublisher Sns() =>
        new SnsPublisher(Http.Value, AwsEndpoints.FromEnvironment(), Credentials.Value, RetryPolicy.Default);
#if (connections)

    public static IConnectionMessenger WebSocketConnections(string endpoint) =>
        new ApiGatewayConnectionMessenger(Http.Value, new Uri(endpoint), AwsEndpoints.FromEnvironment().Region, Credentials.Value, RetryPolicy.Default);
#endif
}

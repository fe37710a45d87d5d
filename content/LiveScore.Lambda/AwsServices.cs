using Amazon.DynamoDBv2;
using LiveScore.Lambda.Aws;
using LiveScore.Lambda.Connections;
using LiveScore.Lambda.Notifications;

namespace LiveScore.Lambda;

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

    public static IConnectionMessenger WebSocketConnections(string endpoint) =>
        new ApiGatewayConnectionMessenger(Http.Value, new Uri(endpoint), AwsEndpoints.FromEnvironment().Region, Credentials.Value, RetryPolicy.Default);
}

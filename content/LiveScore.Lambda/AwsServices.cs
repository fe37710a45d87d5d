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
    private static readonly Lazy<IAmazonDynamoDB> DynamoDbClient = new(() => new AmazonDynamoDBClient(DynamoDbConfig()));
    private static readonly Lazy<DefaultChainCredentials> Credentials = new(() => new DefaultChainCredentials());

    /// <summary>How long one AWS call may take before it is abandoned (and retried): DynamoDB answers in milliseconds.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(1.5);

    /// <summary>Retries after a failed or abandoned call: with <see cref="CallTimeout"/>, a dependency that does not answer
    /// costs about 5 s, inside a 10 s function timeout, so an API can still answer 503 itself.</summary>
    public const int CallRetries = 2;

    /// <summary>The DynamoDB client's settings: endpoint from the environment, <see cref="CallTimeout"/>, <see cref="CallRetries"/>.</summary>
    public static AmazonDynamoDBConfig DynamoDbConfig() => new() { Timeout = CallTimeout, MaxErrorRetry = CallRetries };

    /// <summary>The DynamoDB client (AWSSDK.DynamoDBv2), created on first use and shared by every invocation.</summary>
    public static IAmazonDynamoDB DynamoDb => DynamoDbClient.Value;

    /// <summary>An SNS publisher for the configured region, at <c>AWS_ENDPOINT_URL_SNS</c> or <c>AWS_ENDPOINT_URL</c> when set.</summary>
    public static INotificationPublisher Sns() =>
        new SnsPublisher(Http.Value, AwsEndpoints.FromEnvironment(), Credentials.Value, RetryPolicy.Calls);

    /// <summary>A client for the <c>@connections</c> API of one WebSocket API stage.</summary>
    /// <param name="endpoint">The stage's management endpoint, e.g. <c>https://abc.execute-api.eu-west-1.amazonaws.com/prod</c>.</param>
    public static IConnectionMessenger WebSocketConnections(string endpoint) =>
        new ApiGatewayConnectionMessenger(Http.Value, new Uri(endpoint), AwsEndpoints.FromEnvironment().Region, Credentials.Value, RetryPolicy.Calls);
}

using Amazon.DynamoDBv2;
using Arena.Functions.Hosting.Aws;
using Arena.Functions.Hosting.Notifications;

namespace Arena.Functions.Hosting;

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
}

using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace LiveScore.LocalCloud.Tables;

/// <summary>An AWS SDK DynamoDB client for a local endpoint, signing as the local cloud and its functions do.</summary>
public static class LocalDynamoDbClient
{
    /// <summary>A local endpoint answers in milliseconds; one that does not answer at all should fail a start soon.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <param name="endpoint">The embedded endpoint, or DynamoDB Local's.</param>
    /// <param name="maxErrorRetry">The SDK's retries; few make a missing endpoint fail fast.</param>
    public static AmazonDynamoDBClient For(string endpoint, int maxErrorRetry = 3)
    {
        var (region, accessKeyId, secretAccessKey) = LocalEnvironment.Identity(Environment.GetEnvironmentVariable);
        return new AmazonDynamoDBClient(
            new BasicAWSCredentials(accessKeyId, secretAccessKey),
            new AmazonDynamoDBConfig { ServiceURL = endpoint, AuthenticationRegion = region, MaxErrorRetry = maxErrorRetry, Timeout = RequestTimeout });
    }
}

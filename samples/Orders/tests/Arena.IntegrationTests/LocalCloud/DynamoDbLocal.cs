using Amazon.DynamoDBv2;
using Amazon.Runtime;
using LiveScore.Lambda.Aws;

namespace Arena.IntegrationTests.LocalCloud;

/// <summary>
/// The DynamoDB endpoint for tests (DynamoDB Local), from AWS_ENDPOINT_URL_DYNAMODB. Without it DynamoDB tests are
/// skipped, except on CI (CI=true), where they must run and fail instead.
/// </summary>
public static class DynamoDbLocal
{
    public const string EndpointVariable = "AWS_ENDPOINT_URL_DYNAMODB";

    public static string? Endpoint => Environment.GetEnvironmentVariable(EndpointVariable) is { Length: > 0 } endpoint ? endpoint : null;

    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingEndpointMessage =>
        $"CI=true but {EndpointVariable} is not set, so the DynamoDB tests cannot run. Start DynamoDB Local "
        + "(java -Xmx256m -Djava.library.path=DynamoDBLocal_lib -jar DynamoDBLocal.jar -inMemory -port 8000 -disableTelemetry) "
        + $"and set {EndpointVariable}=http://127.0.0.1:8000.";

    public static string RequireEndpoint() => Endpoint ?? throw new InvalidOperationException(MissingEndpointMessage);

    /// <summary>The region and access key pick DynamoDB Local's database: the same ones the local cloud uses.</summary>
    public static string Region => Environment.GetEnvironmentVariable("AWS_REGION") is { Length: > 0 } region ? region : "us-east-1";

    public static AwsCredentials Credentials => new(
        Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is { Length: > 0 } key ? key : "local",
        Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") is { Length: > 0 } secret ? secret : "local");

    public static AmazonDynamoDBClient CreateClient() =>
        new(new BasicAWSCredentials(Credentials.AccessKeyId, Credentials.SecretAccessKey),
            new AmazonDynamoDBConfig { ServiceURL = RequireEndpoint(), AuthenticationRegion = Region });

    public static IAwsCredentialsSource CredentialsSource { get; } = new EnvironmentOrLocalCredentials();

    private sealed class EnvironmentOrLocalCredentials : IAwsCredentialsSource
    {
        public ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Credentials);
    }
}

using Amazon.DynamoDBv2;
using LiveScore.LocalCloud.Tables;

namespace LiveScore.LocalCloud.Testing;

/// <summary>
/// DynamoDB Local for tests, found through AWS_ENDPOINT_URL_DYNAMODB. Without it DynamoDB Local tests are skipped,
/// except on CI (CI=true), where they must run and fail instead.
/// </summary>
public static class DynamoDbLocal
{
    public const string EndpointVariable = "AWS_ENDPOINT_URL_DYNAMODB";

    public static string? Endpoint => Environment.GetEnvironmentVariable(EndpointVariable) is { Length: > 0 } endpoint ? endpoint : null;

    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingEndpointMessage =>
        $"CI=true but {EndpointVariable} is not set, so the DynamoDB Local tests cannot run. Start DynamoDB Local "
        + "(java -Xmx256m -Djava.library.path=DynamoDBLocal_lib -jar DynamoDBLocal.jar -inMemory -port 8000 -disableTelemetry) "
        + $"and set {EndpointVariable}=http://127.0.0.1:8000.";

    public static string RequireEndpoint() => Endpoint ?? throw new InvalidOperationException(MissingEndpointMessage);

    /// <summary>A client signing with the same region and keys as the local cloud: they pick DynamoDB Local's database.</summary>
    public static AmazonDynamoDBClient CreateClient() => LocalDynamoDbClient.For(RequireEndpoint());
}

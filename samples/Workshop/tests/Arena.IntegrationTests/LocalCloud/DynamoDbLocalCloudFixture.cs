using LiveScore.LocalCloud.Testing;

namespace Arena.IntegrationTests.LocalCloud;

/// <summary>The local cloud with its tables in DynamoDB Local (AWS_ENDPOINT_URL_DYNAMODB) instead of embedded ones.</summary>
public sealed class DynamoDbLocalCloudFixture() : LocalCloudFixture(DynamoDbLocal.Endpoint)
{
    public override Task InitializeAsync()
    {
        if (DynamoDbLocal.Endpoint is null)
        {
            // Fails every test of the class with the reason on CI; elsewhere the tests are skipped and need no cloud.
            return DynamoDbLocal.IsRequired ? throw new InvalidOperationException(DynamoDbLocal.MissingEndpointMessage) : Task.CompletedTask;
        }
        return base.InitializeAsync();
    }
}

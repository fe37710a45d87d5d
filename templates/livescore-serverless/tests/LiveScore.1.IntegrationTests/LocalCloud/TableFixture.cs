using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Tables;
using LiveScore.LocalCloud.Testing;

namespace LiveScore._1.IntegrationTests.LocalCloud;

/// <summary>
/// A table of its own, created as deployed, at the local cloud's embedded DynamoDB endpoint or, with
/// <paramref name="dynamoDbLocal"/>, in DynamoDB Local (AWS_ENDPOINT_URL_DYNAMODB; without it, off CI, the tests skip).
/// </summary>
public abstract class TableFixture(TableDefinition definition, bool dynamoDbLocal) : IAsyncLifetime
{
    private EmbeddedDynamoDb? _embedded;
    private IAmazonDynamoDB? _dynamoDb;

    public string TableName { get; } = definition.Name + "-" + Guid.NewGuid().ToString("N")[..8];

    public IAmazonDynamoDB DynamoDb => _dynamoDb ?? throw new InvalidOperationException(DynamoDbLocal.MissingEndpointMessage);

    public async Task InitializeAsync()
    {
        if (dynamoDbLocal)
        {
            _dynamoDb = DynamoDbLocal.Endpoint is null && !DynamoDbLocal.IsRequired ? null : DynamoDbLocal.CreateClient();
        }
        else
        {
            _embedded = await EmbeddedDynamoDb.StartAsync();
            _dynamoDb = _embedded.CreateClient();
        }
        if (_dynamoDb is not null)
        {
            Assert.True((await DynamoDbTableProvisioner.EnsureAsync(_dynamoDb, definition with { Name = TableName }, CancellationToken.None)).Created);
        }
    }

    public async Task DisposeAsync()
    {
        if (_dynamoDb is not null)
        {
            await _dynamoDb.DeleteTableAsync(new DeleteTableRequest { TableName = TableName });
            _dynamoDb.Dispose();
        }
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }
    }
}

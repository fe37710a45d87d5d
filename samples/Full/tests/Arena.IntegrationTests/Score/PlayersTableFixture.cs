using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Arena.Functions.Score;
using Arena.IntegrationTests.LocalCloud;
using LiveScore.LocalCloud.Tables;

namespace Arena.IntegrationTests.Score;

/// <summary>A Players table of its own in DynamoDB Local, created as deployed and deleted afterwards.</summary>
public sealed class PlayersTableFixture : IAsyncLifetime
{
    private AmazonDynamoDBClient? _dynamoDb;

    public string TableName { get; } = "Players-" + Guid.NewGuid().ToString("N")[..8];

    public IAmazonDynamoDB DynamoDb => _dynamoDb ?? throw new InvalidOperationException(DynamoDbLocal.MissingEndpointMessage);

    public async Task InitializeAsync()
    {
        if (DynamoDbLocal.Endpoint is null)
        {
            if (DynamoDbLocal.IsRequired)
            {
                throw new InvalidOperationException(DynamoDbLocal.MissingEndpointMessage);
            }
            return;
        }
        _dynamoDb = DynamoDbLocal.CreateClient();
        var table = await DynamoDbTableProvisioner.EnsureAsync(_dynamoDb, ScoreCatalog.Players with { Name = TableName }, CancellationToken.None);
        Assert.True(table.Created);
    }

    public async Task DisposeAsync()
    {
        if (_dynamoDb is not null)
        {
            await _dynamoDb.DeleteTableAsync(new DeleteTableRequest { TableName = TableName });
            _dynamoDb.Dispose();
        }
    }
}

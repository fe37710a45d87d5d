using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Arena.Functions.Score;
using Arena.IntegrationTests.LocalCloud;
using LiveScore.LocalCloud.Testing;
using LiveScore.LocalCloud.Tables;

namespace Arena.IntegrationTests.Score;

/// <summary>A Players table of its own, created as deployed, at the local cloud's embedded DynamoDB endpoint.</summary>
public class PlayersTableFixture : IAsyncLifetime
{
    private EmbeddedDynamoDb? _embedded;
    private IAmazonDynamoDB? _dynamoDb;

    public string TableName { get; } = "Players-" + Guid.NewGuid().ToString("N")[..8];

    public IAmazonDynamoDB DynamoDb => _dynamoDb ?? throw new InvalidOperationException(DynamoDbLocal.MissingEndpointMessage);

    public virtual async Task InitializeAsync()
    {
        _embedded = await EmbeddedDynamoDb.StartAsync();
        await CreateTableAsync(_embedded.CreateClient());
    }

    protected async Task CreateTableAsync(IAmazonDynamoDB dynamoDb)
    {
        _dynamoDb = dynamoDb;
        var table = await DynamoDbTableProvisioner.EnsureAsync(dynamoDb, ScoreCatalog.Players with { Name = TableName }, CancellationToken.None);
        Assert.True(table.Created);
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

/// <summary>The same table in DynamoDB Local (AWS_ENDPOINT_URL_DYNAMODB).</summary>
public sealed class DynamoDbLocalPlayersTableFixture : PlayersTableFixture
{
    public override async Task InitializeAsync()
    {
        if (DynamoDbLocal.Endpoint is null)
        {
            if (DynamoDbLocal.IsRequired)
            {
                throw new InvalidOperationException(DynamoDbLocal.MissingEndpointMessage);
            }
            return;
        }
        await CreateTableAsync(DynamoDbLocal.CreateClient());
    }
}

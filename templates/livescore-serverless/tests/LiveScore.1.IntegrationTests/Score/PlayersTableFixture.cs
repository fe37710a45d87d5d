using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LiveScore._1.Functions.Score;
using LiveScore.LocalCloud.Tables;
using LiveScore.LocalCloud.Testing;

namespace LiveScore._1.IntegrationTests.Score;

/// <summary>A Players table of its own, created as deployed, at the local cloud's embedded DynamoDB endpoint.</summary>
public class PlayersTableFixture : IAsyncLifetime
{
    private EmbeddedDynamoDb? _embedded;
    private IAmazonDynamoDB? _dynamoDb;

    public string TableName { get; } = "Players-" + Guid.NewGuid().ToString("N")[..8];

    public IAmazonDynamoDB DynamoDb => _dynamoDb ?? throw new InvalidOperationException(DynamoDbLocal.MissingEndpointMessage);

    public async Task InitializeAsync()
    {
        _dynamoDb = await ConnectAsync();
        if (_dynamoDb is not null)
        {
            Assert.True((await DynamoDbTableProvisioner.EnsureAsync(_dynamoDb, ScoreCatalog.Players with { Name = TableName }, CancellationToken.None)).Created);
        }
    }

    /// <returns>A client for the endpoint to test, or null to skip these tests.</returns>
    protected virtual async Task<IAmazonDynamoDB?> ConnectAsync()
    {
        _embedded = await EmbeddedDynamoDb.StartAsync();
        return _embedded.CreateClient();
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

/// <summary>The same table in DynamoDB Local (AWS_ENDPOINT_URL_DYNAMODB); none, and the tests skip, without it off CI.</summary>
public sealed class DynamoDbLocalPlayersTableFixture : PlayersTableFixture
{
    protected override Task<IAmazonDynamoDB?> ConnectAsync() =>
        Task.FromResult<IAmazonDynamoDB?>(DynamoDbLocal.Endpoint is null && !DynamoDbLocal.IsRequired ? null : DynamoDbLocal.CreateClient());
}

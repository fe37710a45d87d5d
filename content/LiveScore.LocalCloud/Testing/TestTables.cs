using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Tables;

namespace LiveScore.LocalCloud.Testing;

/// <summary>
/// A table of its own, created as deployed, at an embedded DynamoDB endpoint and, when DynamoDB Local is configured
/// (or CI requires it, see <see cref="DynamoDbLocal"/>), in DynamoDB Local too: store tests run against both, so the
/// local cloud cannot answer differently from DynamoDB.
/// </summary>
public sealed class TestTables : IAsyncDisposable
{
    /// <summary>The name of the embedded endpoint in <see cref="Client"/>.</summary>
    public const string Embedded = "embedded";

    /// <summary>The name of DynamoDB Local in <see cref="Client"/>.</summary>
    public const string DynamoDbLocalEndpoint = "dynamodb-local";

    private readonly EmbeddedDynamoDb _embedded;
    private readonly Dictionary<string, IAmazonDynamoDB> _clients;

    private TestTables(EmbeddedDynamoDb embedded, Dictionary<string, IAmazonDynamoDB> clients, string tableName)
    {
        _embedded = embedded;
        _clients = clients;
        TableName = tableName;
    }

    /// <summary>The table's name, the same at every endpoint: the catalog name with a unique suffix.</summary>
    public string TableName { get; }

    /// <summary>A client of <see cref="Embedded"/> or <see cref="DynamoDbLocalEndpoint"/>.</summary>
    public IAmazonDynamoDB Client(string endpoint) =>
        _clients.GetValueOrDefault(endpoint) ?? throw new InvalidOperationException(DynamoDbLocal.MissingEndpointMessage);

    /// <summary>Creates the table at each endpoint.</summary>
    public static async Task<TestTables> CreateAsync(TableDefinition definition, CancellationToken cancellationToken = default)
    {
        var embedded = await EmbeddedDynamoDb.StartAsync();
        var clients = new Dictionary<string, IAmazonDynamoDB>(StringComparer.Ordinal) { [Embedded] = embedded.CreateClient() };
        if (DynamoDbLocal.Endpoint is not null || DynamoDbLocal.IsRequired)
        {
            clients[DynamoDbLocalEndpoint] = DynamoDbLocal.CreateClient();
        }
        var tables = new TestTables(embedded, clients, definition.Name + "-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var client in clients.Values)
        {
            await DynamoDbTableProvisioner.EnsureAsync(client, definition with { Name = tables.TableName }, cancellationToken);
        }
        return tables;
    }

    /// <summary>Deletes the table at each endpoint and stops the embedded one.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            await client.DeleteTableAsync(new DeleteTableRequest { TableName = TableName });
            client.Dispose();
        }
        await _embedded.DisposeAsync();
    }
}

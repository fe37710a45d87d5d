using System.Globalization;
using LiveScore.Lambda.Aws;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Streams;

namespace LiveScore.LocalCloud.Tables;

/// <summary>
/// The catalog's tables at a DynamoDB endpoint (the embedded one, DynamoDB Local, LocalStack): created before the
/// functions start, their streams read through the Streams API at the same endpoint.
/// </summary>
/// <param name="appended">The endpoint's stream-write signal, where it has one (see <see cref="DynamoDbStreamSource.OpenAsync"/>).</param>
public sealed class DynamoDbTables(
    IReadOnlyList<TableDefinition> tables, string endpoint, TextWriter console, TimeProvider clock, Func<Task>? appended = null) : IDisposable
{
    private readonly Dictionary<string, ProvisionedTable> _provisioned = new(StringComparer.Ordinal);
    private DynamoDbStreamsClient? _streams;

    public string Endpoint => endpoint;

    public async Task ProvisionAsync(CancellationToken cancellationToken)
    {
        // The same region and keys as the functions get: they pick DynamoDB Local's database.
        var (region, accessKeyId, secretAccessKey) = LocalEnvironment.Identity(Environment.GetEnvironmentVariable);
        using var dynamoDb = LocalDynamoDbClient.For(endpoint);
        try
        {
            foreach (var table in tables)
            {
                _provisioned[table.Name] = await DynamoDbTableProvisioner.EnsureAsync(dynamoDb, table, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"Preparing the tables at the DynamoDB endpoint {endpoint} failed (is it running?): {e.Message}", e);
        }
        _streams = new DynamoDbStreamsClient(new Uri(endpoint), region, new StaticCredentials(new AwsCredentials(accessKeyId, secretAccessKey)));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"DynamoDB at {endpoint}: {tables.Count} tables ready, {_provisioned.Values.Count(t => t.Created)} created now"));
    }

    /// <summary>Opens the table's stream: every record for a table created now, later records for one that existed.</summary>
    public async Task<IStreamSource> OpenStreamAsync(string table, CancellationToken cancellationToken)
    {
        var streams = _streams ?? throw new InvalidOperationException("The tables are not provisioned yet.");
        var provisioned = _provisioned.GetValueOrDefault(table) ?? throw new KeyNotFoundException($"No table named '{table}' in the catalog.");
        var streamArn = provisioned.StreamArn ?? throw new InvalidOperationException($"The table {table} has no stream.");
        return await DynamoDbStreamSource.OpenAsync(streams, streamArn, fromTrimHorizon: provisioned.Created, clock, cancellationToken, appended);
    }

    public void Dispose() => _streams?.Dispose();
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LiveScore.Lambda.Catalog;
using KeyType = LiveScore.Lambda.Catalog.KeyType;

namespace LiveScore.LocalCloud.Tables;

/// <summary>A catalog table as it stands at a DynamoDB endpoint.</summary>
/// <param name="Created">True when created just now, so its stream holds every change there is.</param>
public sealed record ProvisionedTable(string Name, string? StreamArn, bool Created);

/// <summary>Creates a catalog table at a DynamoDB endpoint the way the CDK app deploys it: on demand, GSIs projecting all attributes, NEW_AND_OLD_IMAGES streams.</summary>
public static class DynamoDbTableProvisioner
{
    private static readonly TimeSpan StatusPollInterval = TimeSpan.FromMilliseconds(200);

    public static CreateTableRequest ToCreateRequest(TableDefinition table)
    {
        var keyAttributes = new[] { table.PartitionKey, table.SortKey }
            .Concat(table.Indexes.SelectMany(i => new[] { i.PartitionKey, i.SortKey }))
            .OfType<KeyAttribute>()
            .DistinctBy(k => k.Name)
            .ToList();
        var request = new CreateTableRequest
        {
            TableName = table.Name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = keyAttributes
                .Select(k => new AttributeDefinition(k.Name, k.Type == KeyType.String ? ScalarAttributeType.S : ScalarAttributeType.N))
                .ToList(),
            KeySchema = KeySchema(table.PartitionKey, table.SortKey),
        };
        if (table.Indexes.Count > 0)
        {
            request.GlobalSecondaryIndexes = table.Indexes.Select(index => new GlobalSecondaryIndex
            {
                IndexName = index.Name,
                KeySchema = KeySchema(index.PartitionKey, index.SortKey),
                Projection = new Projection { ProjectionType = ProjectionType.ALL },
            }).ToList();
        }
        if (table.Stream)
        {
            request.StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_AND_OLD_IMAGES };
        }
        return request;
    }

    /// <summary>Creates the table unless it exists (an existing table keeps its data), then waits until it and its indexes are active.</summary>
    public static async Task<ProvisionedTable> EnsureAsync(IAmazonDynamoDB dynamoDb, TableDefinition table, CancellationToken cancellationToken)
    {
        var created = false;
        try
        {
            await dynamoDb.CreateTableAsync(ToCreateRequest(table), cancellationToken);
            created = true;
        }
        catch (ResourceInUseException)
        {
            // Created by an earlier run against the same endpoint.
        }
        var description = await WaitUntilActiveAsync(dynamoDb, table.Name, cancellationToken);
        if (table.Stream && description.LatestStreamArn is null)
        {
            throw new InvalidOperationException(
                $"The table {table.Name} exists at the DynamoDB endpoint without a stream; delete it (or restart DynamoDB Local) so that it is created as deployed.");
        }
        if (created && table.TimeToLiveAttribute is { } expiresAt)
        {
            await dynamoDb.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
            {
                TableName = table.Name,
                TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = expiresAt, Enabled = true },
            }, cancellationToken);
        }
        return new ProvisionedTable(table.Name, table.Stream ? description.LatestStreamArn : null, created);
    }

    private static async Task<TableDescription> WaitUntilActiveAsync(IAmazonDynamoDB dynamoDb, string tableName, CancellationToken cancellationToken)
    {
        while (true)
        {
            var table = (await dynamoDb.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken)).Table;
            if (table.TableStatus == TableStatus.ACTIVE && (table.GlobalSecondaryIndexes ?? []).All(i => i.IndexStatus == IndexStatus.ACTIVE))
            {
                return table;
            }
            await Task.Delay(StatusPollInterval, cancellationToken);
        }
    }

    private static List<KeySchemaElement> KeySchema(KeyAttribute partitionKey, KeyAttribute? sortKey) =>
        sortKey is null
            ? [new KeySchemaElement(partitionKey.Name, Amazon.DynamoDBv2.KeyType.HASH)]
            : [new KeySchemaElement(partitionKey.Name, Amazon.DynamoDBv2.KeyType.HASH), new KeySchemaElement(sortKey.Name, Amazon.DynamoDBv2.KeyType.RANGE)];
}

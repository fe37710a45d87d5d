using Amazon.CDK.AWS.DynamoDB;
using Constructs;
using LiveScore.Lambda.Catalog;
using CatalogKeyType = LiveScore.Lambda.Catalog.KeyType;
using DynamoAttribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace LiveScore._1.Infra.Hosting;

/// <summary>
/// Builds a DynamoDB table from its catalog definition: on-demand, encrypted with the AWS managed key,
/// point-in-time recovery on. Tables keep the default removal policy (retain): deleting the stack never deletes data.
/// </summary>
public static class TableBuilder
{
    public static void Build(Construct scope, TableDefinition definition, AppResources resources)
    {
        var table = new Table(scope, ConstructIds.From(definition.Name) + "Table", new TableProps
        {
#if (workshop)
            // The workshop's table name, as its console steps expect.
            TableName = definition.Name,
#endif
            PartitionKey = Key(definition.PartitionKey),
            SortKey = definition.SortKey is { } sortKey ? Key(sortKey) : null,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            Encryption = TableEncryption.AWS_MANAGED,
            PointInTimeRecovery = true,
            Stream = definition.Stream ? StreamViewType.NEW_AND_OLD_IMAGES : null,
            TimeToLiveAttribute = definition.TimeToLiveAttribute,
        });

        foreach (var index in definition.Indexes)
        {
            table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
            {
                IndexName = index.Name,
                PartitionKey = Key(index.PartitionKey),
                SortKey = index.SortKey is { } indexSortKey ? Key(indexSortKey) : null,
                ProjectionType = ProjectionType.ALL,
            });
        }

        resources.Add(definition.Name, table);
    }

    private static DynamoAttribute Key(KeyAttribute key) => new()
    {
        Name = key.Name,
        Type = key.Type switch
        {
            CatalogKeyType.String => AttributeType.STRING,
            CatalogKeyType.Number => AttributeType.NUMBER,
            _ => throw new NotSupportedException($"Key type {key.Type} has no DynamoDB attribute type."),
        },
    };
}

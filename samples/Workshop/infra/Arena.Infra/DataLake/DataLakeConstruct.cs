using Amazon.CDK;
using Amazon.CDK.AWS.Glue;
using Constructs;
using Arena.Functions.DataLake;
using Arena.Infra.Hosting;

namespace Arena.Infra.DataLake;

/// <summary>
/// Product visits, built from <see cref="DataLakeCatalog"/>: the visit queue, the ProductVisits table and its stream,
/// the lake bucket, and a Glue table over the lake so that Athena queries it (partition projection: no crawler).
/// </summary>
public sealed class DataLakeConstruct : Construct
{
    public const string VisitsTableName = "visits";

    public DataLakeConstruct(Construct scope, string id, AppResources resources)
        : base(scope, id)
    {
        foreach (var table in DataLakeCatalog.Tables)
        {
            TableBuilder.Build(this, table, resources);
        }
        foreach (var queue in DataLakeCatalog.Queues)
        {
            QueueBuilder.Build(this, queue, resources);
        }
        foreach (var bucket in DataLakeCatalog.Buckets)
        {
            BucketBuilder.Build(this, bucket, resources);
        }
        CatalogFunctions.Deploy(this, DataLakeCatalog.Functions, resources);

        var lake = resources.Bucket(DataLakeCatalog.Lake.Name);
        DatabaseName = Stack.Of(this).StackName.ToLowerInvariant().Replace('-', '_') + "_lake";
        var database = new CfnDatabase(this, "LakeDatabase", new CfnDatabaseProps
        {
            CatalogId = Stack.Of(this).Account,
            DatabaseInput = new CfnDatabase.DatabaseInputProperty { Name = DatabaseName, Description = "Product visits lake" },
        });
        var visits = new CfnTable(this, "VisitsTable", new CfnTableProps
        {
            CatalogId = Stack.Of(this).Account,
            DatabaseName = DatabaseName,
            TableInput = new CfnTable.TableInputProperty
            {
                Name = VisitsTableName,
                TableType = "EXTERNAL_TABLE",
                Parameters = new Dictionary<string, object>
                {
                    ["classification"] = "json",
                    ["compressionType"] = "gzip",
                    // Athena computes the partitions from these ranges and the template: no crawler, no MSCK REPAIR.
                    ["projection.enabled"] = "true",
                    ["projection.year.type"] = "integer",
                    ["projection.year.range"] = "2020,2100",
                    ["projection.month.type"] = "integer",
                    ["projection.month.range"] = "1,12",
                    ["projection.month.digits"] = "2",
                    ["projection.day.type"] = "integer",
                    ["projection.day.range"] = "1,31",
                    ["projection.day.digits"] = "2",
                    ["storage.location.template"] = $"s3://{lake.BucketName}/{LakeBatch.Prefix}year=${{year}}/month=${{month}}/day=${{day}}/",
                },
                PartitionKeys = new[] { "year", "month", "day" }.Select(name => new CfnTable.ColumnProperty { Name = name, Type = "string" }).ToArray(),
                StorageDescriptor = new CfnTable.StorageDescriptorProperty
                {
                    Location = $"s3://{lake.BucketName}/{LakeBatch.Prefix}",
                    InputFormat = "org.apache.hadoop.mapred.TextInputFormat",
                    OutputFormat = "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
                    SerdeInfo = new CfnTable.SerdeInfoProperty { SerializationLibrary = "org.openx.data.jsonserde.JsonSerDe" },
                    Columns = new CfnTable.ColumnProperty[]
                    {
                        new CfnTable.ColumnProperty { Name = "visitid", Type = "string" },
                        new CfnTable.ColumnProperty { Name = "productid", Type = "string" },
                        new CfnTable.ColumnProperty { Name = "productname", Type = "string" },
                        new CfnTable.ColumnProperty { Name = "category", Type = "string" },
                        new CfnTable.ColumnProperty { Name = "priceperunit", Type = "decimal(12,2)" },
                        new CfnTable.ColumnProperty { Name = "customerid", Type = "string" },
                        new CfnTable.ColumnProperty { Name = "customername", Type = "string" },
                        new CfnTable.ColumnProperty { Name = "timeofvisit", Type = "string" },
                    },
                },
            },
        });
        visits.AddDependency(database);
        _ = new CfnOutput(Stack.Of(this), "LakeDatabase", new CfnOutputProps { Description = "Glue database of the visits lake (Athena)", Value = DatabaseName });
    }

    /// <summary>The Glue database that Athena queries, named after the stack.</summary>
    public string DatabaseName { get; }
}

using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using Arena.Functions.DataLake;
using Arena.Infra.DataLake;
using Arena.InfraTests.Hosting;

namespace Arena.InfraTests.DataLake;

public class DataLakeConstructTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    [Fact]
    public void Lake_bucket_is_private_encrypted_versioned_tls_only_and_ages_into_cheaper_storage()
    {
        var bucketId = app.LogicalId(app.Resources.Bucket(DataLakeCatalog.Lake.Name));
        var bucket = app.Json.Properties(bucketId);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true}"""), bucket["PublicAccessBlockConfiguration"]));
        Assert.Equal("AES256", (string?)bucket["BucketEncryption"]!["ServerSideEncryptionConfiguration"]![0]!["ServerSideEncryptionByDefault"]!["SSEAlgorithm"]);
        Assert.Equal("Enabled", (string?)bucket["VersioningConfiguration"]!["Status"]);
        var transitions = bucket["LifecycleConfiguration"]!["Rules"]![0]!["Transitions"]!.AsArray();
        Assert.Equal(["STANDARD_IA:30", "GLACIER:90"], transitions.Select(t => $"{t!["StorageClass"]}:{t["TransitionInDays"]}"));
        app.Template.HasResourceProperties("AWS::S3::BucketPolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Bucket"] = new Dictionary<string, object> { ["Ref"] = bucketId },
            ["PolicyDocument"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["Statement"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object>
                {
                    ["Effect"] = "Deny",
                    ["Condition"] = new Dictionary<string, object> { ["Bool"] = new Dictionary<string, object> { ["aws:SecureTransport"] = "false" } },
                })]),
            }),
        }));
    }

    [Fact]
    public void Visit_queue_is_encrypted_and_redrives_to_an_alarmed_dead_letter_queue()
    {
        var queueId = app.LogicalId(app.Resources.Queue(DataLakeCatalog.VisitQueue.Name));
        var queue = app.Json.Properties(queueId);

        Assert.True((bool?)queue["SqsManagedSseEnabled"]);
        Assert.Equal(DataLakeCatalog.VisitQueue.VisibilityTimeoutSeconds, (int?)queue["VisibilityTimeout"]);
        Assert.Equal(DataLakeCatalog.VisitQueue.MaxReceiveCount, (int?)queue["RedrivePolicy"]!["maxReceiveCount"]);
        var deadLettersId = (string)queue["RedrivePolicy"]!["deadLetterTargetArn"]!["Fn::GetAtt"]![0]!;
        Assert.True((bool?)app.Json.Properties(deadLettersId)["SqsManagedSseEnabled"]);
        app.Template.HasResourceProperties("AWS::CloudWatch::Alarm", Match.ObjectLike(new Dictionary<string, object>
        {
            ["MetricName"] = "ApproximateNumberOfMessagesVisible",
            ["Threshold"] = 1,
            ["Dimensions"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object>
            {
                ["Value"] = new Dictionary<string, object> { ["Fn::GetAtt"] = new object[] { deadLettersId, "QueueName" } },
            })]),
        }));
    }

    [Fact]
    public void Visit_queue_function_reads_the_queue_with_partial_batch_responses()
    {
        var consumer = DataLakeCatalog.Functions.Single(f => f.Queue is not null);

        app.Template.HasResourceProperties("AWS::Lambda::EventSourceMapping", Match.ObjectLike(new Dictionary<string, object>
        {
            ["EventSourceArn"] = new Dictionary<string, object> { ["Fn::GetAtt"] = new object[] { app.LogicalId(app.Resources.Queue(DataLakeCatalog.VisitQueue.Name)), "Arn" } },
            ["FunctionName"] = new Dictionary<string, object> { ["Ref"] = app.LogicalId(app.Resources.Function(consumer.Id)) },
            ["BatchSize"] = consumer.Queue!.BatchSize,
            ["FunctionResponseTypes"] = new object[] { "ReportBatchItemFailures" },
        }));
    }

    [Fact]
    public void Glue_table_projects_the_day_partitions_of_the_lake_for_athena()
    {
        var table = app.Json.Resources("AWS::Glue::Table").Single().Resource["Properties"]!["TableInput"]!;
        var parameters = table["Parameters"]!;

        Assert.Equal(DataLakeConstruct.VisitsTableName, (string?)table["Name"]);
        Assert.Equal("true", (string?)parameters["projection.enabled"]);
        Assert.Equal(["year", "month", "day"], table["PartitionKeys"]!.AsArray().Select(k => (string?)k!["Name"]));
        Assert.Contains("/visits/year=${year}/month=${month}/day=${day}/", parameters["storage.location.template"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("org.openx.data.jsonserde.JsonSerDe", (string?)table["StorageDescriptor"]!["SerdeInfo"]!["SerializationLibrary"]);
        app.Template.HasOutput("LakeDatabase", Match.ObjectLike(new Dictionary<string, object> { ["Value"] = Match.StringLikeRegexp("_lake$") }));
    }
}

using Arena.Functions;
using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using LiveScore.Lambda.Catalog;
using Arena.Infra.Hosting;

namespace Arena.InfraTests.Hosting;

// Facts that walk the catalog rather than theories: an option set without stream consumers has no theory data.
public class StreamMappingTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    private static readonly IReadOnlyList<FunctionDefinition> StreamConsumers = [.. AppCatalog.Functions.Where(f => f.Stream is not null)];

    [Fact]
    public void Deploys_one_mapping_per_stream_or_queue_source()
    {
        app.Template.ResourceCountIs("AWS::Lambda::EventSourceMapping", AppCatalog.Functions.Count(f => f.Stream is not null || f.Queue is not null));
    }

    [Fact]
    public void Mappings_read_the_table_stream_with_the_catalog_failure_handling()
    {
        Assert.All(StreamConsumers, consumer =>
        {
            var source = consumer.Stream!;
            app.Template.HasResourceProperties("AWS::Lambda::EventSourceMapping", new Dictionary<string, object>
            {
                ["EventSourceArn"] = new Dictionary<string, object> { ["Fn::GetAtt"] = new object[] { app.LogicalId(app.Resources.Table(source.Table)), "StreamArn" } },
                ["FunctionName"] = new Dictionary<string, object> { ["Ref"] = FunctionId(consumer) },
                ["StartingPosition"] = "LATEST",
                ["BatchSize"] = source.BatchSize,
                ["MaximumBatchingWindowInSeconds"] = source.MaxBatchingWindowSeconds,
                ["BisectBatchOnFunctionError"] = source.BisectOnError,
                ["MaximumRetryAttempts"] = source.MaxRetries,
                ["FunctionResponseTypes"] = new object[] { "ReportBatchItemFailures" },
                ["DestinationConfig"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["OnFailure"] = new Dictionary<string, object> { ["Destination"] = Match.ObjectLike(new Dictionary<string, object> { ["Fn::GetAtt"] = Match.AnyValue() }) },
                }),
            });
        });
    }

    [Fact]
    public void Failed_batches_go_to_an_encrypted_tls_only_queue_kept_14_days()
    {
        Assert.All(StreamConsumers, consumer =>
        {
            var queueId = FailureQueueId(consumer);
            var queue = app.Json.Resource(queueId);
            Assert.Equal("AWS::SQS::Queue", (string?)queue["Type"]);
            Assert.True((bool?)queue["Properties"]!["SqsManagedSseEnabled"]);
            Assert.Equal(14 * 24 * 3600, (int?)queue["Properties"]!["MessageRetentionPeriod"]);

            var queuePolicy = app.Json.Resources("AWS::SQS::QueuePolicy")
                .Select(p => p.Resource["Properties"]!)
                .Single(p => p["Queues"]!.AsArray().Any(q => JsonNode.DeepEquals(q, TemplateJson.Ref(queueId))));
            Assert.Contains(queuePolicy["PolicyDocument"]!["Statement"]!.AsArray(), s =>
                (string?)s!["Effect"] == "Deny" && (string?)s["Condition"]?["Bool"]?["aws:SecureTransport"] == "false");
        });
    }

    [Fact]
    public void A_failed_batch_raises_an_alarm_and_the_stack_outputs_what_the_redrive_command_needs()
    {
        Assert.All(StreamConsumers, consumer =>
        {
            var queueId = FailureQueueId(consumer);
            Assert.Contains(app.Json.Resources("AWS::CloudWatch::Alarm"), alarm =>
                (string?)alarm.Resource["Properties"]!["MetricName"] == "ApproximateNumberOfMessagesVisible"
                && (int?)alarm.Resource["Properties"]!["Threshold"] == 1
                && JsonNode.DeepEquals(alarm.Resource["Properties"]!["Dimensions"]![0]!["Value"], TemplateJson.GetAtt(queueId, "QueueName")));
            var outputs = app.Json.Root["Outputs"]!;
            var id = ConstructIds.From(consumer.Id);
            Assert.True(JsonNode.DeepEquals(outputs[id + "DeadLettersUrl"]!["Value"], TemplateJson.Ref(queueId)), $"{id}DeadLettersUrl");
            Assert.True(JsonNode.DeepEquals(outputs[id + "FunctionName"]!["Value"], TemplateJson.Ref(FunctionId(consumer))), $"{id}FunctionName");
        });
    }

    private string FailureQueueId(FunctionDefinition consumer)
    {
        var mapping = app.Json.Resources("AWS::Lambda::EventSourceMapping")
            .Select(m => m.Resource["Properties"]!)
            .Single(m => JsonNode.DeepEquals(m["FunctionName"], TemplateJson.Ref(FunctionId(consumer))));
        return (string)mapping["DestinationConfig"]!["OnFailure"]!["Destination"]!["Fn::GetAtt"]![0]!;
    }

    private string FunctionId(FunctionDefinition definition) => app.LogicalId(app.Resources.Function(definition.Id));
}

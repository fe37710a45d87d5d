using System.Text.Json.Nodes;
using Arena.Functions;
using Arena.Functions.Audit;
using Arena.InfraTests.Hosting;
using LiveScore.Lambda.Catalog;

namespace Arena.InfraTests.Audit;

public class AuditConstructTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    private static readonly FunctionDefinition Alert = AppCatalog.Functions.Single(f => f.BucketCalls is not null);

    [Fact]
    public void The_trail_writes_validated_log_files_to_the_private_encrypted_tls_only_trail_bucket()
    {
        var bucketId = app.LogicalId(app.Resources.Bucket(AuditCatalog.TrailLogs.Name));
        var trail = app.Json.Resources("AWS::CloudTrail::Trail").Single().Resource["Properties"]!;

        Assert.True(JsonNode.DeepEquals(TemplateJson.Ref(bucketId), trail["S3BucketName"]));
        Assert.True((bool?)trail["EnableLogFileValidation"]);
        Assert.True((bool?)trail["IsLogging"]);
        var bucket = app.Json.Properties(bucketId);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true}"""), bucket["PublicAccessBlockConfiguration"]));
        Assert.Equal("AES256", (string?)bucket["BucketEncryption"]!["ServerSideEncryptionConfiguration"]![0]!["ServerSideEncryptionByDefault"]!["SSEAlgorithm"]);
        var policy = app.Json.Resources("AWS::S3::BucketPolicy").Single(p => JsonNode.DeepEquals(TemplateJson.Ref(bucketId), p.Resource["Properties"]!["Bucket"]));
        var statements = policy.Resource["Properties"]!["PolicyDocument"]!["Statement"]!.AsArray();
        Assert.Contains(statements, s => (string?)s!["Effect"] == "Deny" && (string?)s["Condition"]?["Bool"]?["aws:SecureTransport"] == "false");
        Assert.Contains(statements, s => (string?)s!["Effect"] == "Allow" && (string?)s["Principal"]?["Service"] == "cloudtrail.amazonaws.com" && (string?)s["Action"] == "s3:PutObject");
        Assert.DoesNotContain(statements, s => (string?)s!["Effect"] == "Allow" && s["Principal"]?.ToJsonString() is "\"*\"" or "{\"AWS\":\"*\"}");
    }

    [Fact]
    public void The_trail_records_write_management_events_and_object_writes_in_every_other_bucket()
    {
        var selectors = app.Json.Resources("AWS::CloudTrail::Trail").Single().Resource["Properties"]!["EventSelectors"]!.AsArray();

        Assert.Contains(selectors, s => (bool?)s!["IncludeManagementEvents"] == true && (string?)s["ReadWriteType"] == "WriteOnly");
        var dataBuckets = AppCatalog.Buckets.Where(b => b != AuditCatalog.TrailLogs).Select(b => app.LogicalId(app.Resources.Bucket(b.Name))).ToList();
        var recorded = selectors.SelectMany(s => s!["DataResources"]?.AsArray() ?? []).SelectMany(r => r!["Values"]!.AsArray()).Select(v => v!.ToJsonString()).ToList();
        Assert.Equal(dataBuckets.Count, recorded.Count);
        Assert.All(dataBuckets, id => Assert.Contains(recorded, v => v.Contains($"\"{id}\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(recorded, v => v.Contains(app.LogicalId(app.Resources.Bucket(AuditCatalog.TrailLogs.Name)), StringComparison.Ordinal));
    }

    [Fact]
    public void The_rule_deploys_the_catalog_pattern_with_the_deployed_bucket_names_and_invokes_the_alert_function()
    {
        var rule = app.Json.Resources("AWS::Events::Rule").Single().Resource["Properties"]!;
        var expected = Alert.BucketCalls!.EventPattern(name => "bucket:" + app.LogicalId(app.Resources.Bucket(name)));
        var deployed = rule["EventPattern"]!.DeepClone().AsObject();
        var names = deployed["detail"]!["requestParameters"]!["bucketName"]!.AsArray();
        for (var i = 0; i < names.Count; i++)
        {
            names[i] = "bucket:" + (string?)names[i]!["Ref"];
        }

        Assert.True(JsonNode.DeepEquals(expected, deployed), deployed.ToJsonString());
        Assert.Equal(AppCatalog.Buckets.Count, names.Count);
        Assert.Equal("ENABLED", (string?)rule["State"]);
        var target = rule["Targets"]!.AsArray().Single()!;
        var functionId = app.LogicalId(app.Resources.Function(Alert.Id));
        Assert.True(JsonNode.DeepEquals(TemplateJson.GetAtt(functionId, "Arn"), target["Arn"]));
        Assert.Equal(2, (int?)target["RetryPolicy"]!["MaximumRetryAttempts"]);
        Assert.NotNull(target["DeadLetterConfig"]!["Arn"]);
    }

    [Fact]
    public void The_alert_function_publishes_to_the_alert_topic_and_its_failures_go_to_an_alarmed_dead_letter_queue()
    {
        var functionId = app.LogicalId(app.Resources.Function(Alert.Id));
        var topicId = app.LogicalId(app.Resources.Topic(AuditCatalog.Alerts.Name));

        Assert.True(JsonNode.DeepEquals(TemplateJson.Ref(topicId), app.Json.Properties(functionId)["Environment"]!["Variables"]![AuditCatalog.TopicVariable]));
        Assert.NotNull(app.Json.Root["Parameters"]![AuditCatalog.Alerts.EmailParameter]);
        var invokeConfig = app.Json.Resources("AWS::Lambda::EventInvokeConfig").Single().Resource["Properties"]!;
        Assert.True(JsonNode.DeepEquals(TemplateJson.Ref(functionId), invokeConfig["FunctionName"]));
        Assert.Equal(2, (int?)invokeConfig["MaximumRetryAttempts"]);
        var deadLetters = invokeConfig["DestinationConfig"]!["OnFailure"]!["Destination"]!["Fn::GetAtt"]![0]!.GetValue<string>();
        Assert.True((bool?)app.Json.Properties(deadLetters)["SqsManagedSseEnabled"]);
        Assert.Contains(app.Json.Resources("AWS::CloudWatch::Alarm"), a => a.Resource["Properties"]!["Dimensions"]!.ToJsonString().Contains(deadLetters, StringComparison.Ordinal));
    }
}

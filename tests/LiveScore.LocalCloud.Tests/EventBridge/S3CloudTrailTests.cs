using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.S3.Model;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.EventBridge;
using LiveScore.LocalCloud.Tests.S3;

namespace LiveScore.LocalCloud.Tests.EventBridge;

/// <summary>Calls made through the local S3 endpoint with the AWS SDK, turned into CloudTrail events as AWS would write them.</summary>
[Collection(S3ServerCollection.Name)]
public sealed class S3CloudTrailTests(S3Server server)
{
    [Fact]
    public async Task A_bucket_policy_change_becomes_a_management_event_naming_the_caller_the_bucket_and_the_policy()
    {
        var bucket = await server.CreateBucketAsync();
        var policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}""";

        await server.Client.PutBucketPolicyAsync(bucket, policy);

        var @event = S3CloudTrail.From(server.Calls.Single(c => c.Bucket == bucket && c.Operation == "PutBucketPolicy"), "eu-west-1", "123456789012");
        Assert.Equal(("aws.s3", "AWS API Call via CloudTrail", "eu-west-1", "123456789012"), (@event.Source, @event.DetailType, @event.Region, @event.Account));
        var detail = @event.Detail;
        Assert.Equal(("PutBucketPolicy", "s3.amazonaws.com", "AwsApiCall"), (detail.EventName, detail.EventSource, detail.EventType));
        Assert.Equal(("IAMUser", "local", "arn:aws:iam::123456789012:user/local"), (detail.UserIdentity.Type, detail.UserIdentity.AccessKeyId, detail.UserIdentity.Arn));
        Assert.Equal("127.0.0.1", detail.SourceIpAddress);
        Assert.Equal(bucket, detail.RequestParameters!["bucketName"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(policy), detail.RequestParameters["bucketPolicy"]));
        Assert.Equal((false, true, "Management"), (detail.ReadOnly, detail.ManagementEvent, detail.EventCategory));
        Assert.Equal($"arn:aws:s3:::{bucket}", Assert.Single(detail.Resources).Arn);
        Assert.Equal(@event.Time, detail.EventTime);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", detail.EventTime);
    }

    [Fact]
    public async Task Object_calls_are_data_events_and_failures_keep_their_error_code()
    {
        var bucket = await server.CreateBucketAsync();
        await server.Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "a.txt", ContentBody = "a" });
        await Assert.ThrowsAnyAsync<Exception>(() => server.Client.GetObjectAsync(bucket, "missing.txt"));

        var calls = server.Calls.Where(c => c.Bucket == bucket).Select(c => S3CloudTrail.From(c, "us-east-1", "000000000000").Detail).ToList();

        var put = calls.Single(c => c.EventName == "PutObject");
        Assert.Equal((false, "Data", null), (put.ManagementEvent, put.EventCategory, put.ErrorCode));
        Assert.Equal(["AWS::S3::Object", "AWS::S3::Bucket"], put.Resources.Select(r => r.Type));
        var failed = calls.Single(c => c.EventName == "GetObject");
        Assert.Equal((true, "NoSuchKey"), (failed.ReadOnly, failed.ErrorCode));
    }

    [Fact]
    public async Task The_event_matches_a_rule_on_its_bucket_and_call_only()
    {
        var bucket = await server.CreateBucketAsync();
        await server.Client.PutBucketPolicyAsync(bucket, """{"Version":"2012-10-17","Statement":[]}""");
        var @event = JsonSerializer.SerializeToNode(
            S3CloudTrail.From(server.Calls.Single(c => c.Bucket == bucket && c.Operation == "PutBucketPolicy"), "us-east-1", "000000000000"),
            HostingJsonContext.Default.CloudTrailEvent);

        Assert.True(EventPattern.Matches(new BucketCallRule(["PutBucketPolicy"], ["B"]).EventPattern(_ => bucket), @event));
        Assert.False(EventPattern.Matches(new BucketCallRule(["DeleteBucketPolicy"], ["B"]).EventPattern(_ => bucket), @event));
        Assert.False(EventPattern.Matches(new BucketCallRule(["PutBucketPolicy"], ["B"]).EventPattern(_ => bucket + "-x"), @event));
    }
}

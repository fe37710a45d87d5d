using System.Text.Json.Nodes;
using Arena.Functions.Audit;
using LiveScore.Lambda.Catalog;

namespace Arena.Tests.Audit;

/// <summary>The audit rule's one pattern (deployed by CDK, matched by the local cloud) against documented CloudTrail events.</summary>
public class AuditRuleTests
{
    private static readonly BucketDefinition Lake = new("Lake");
    private static readonly JsonObject Pattern =
        AuditCatalog.Functions(watched: [Lake, AuditCatalog.TrailLogs]).Single().BucketCalls!
            .EventPattern(name => name == Lake.Name ? CloudTrailSamples.Bucket : "arena-trail");

    [Fact]
    public void A_bucket_policy_change_on_a_watched_bucket_matches()
    {
        Assert.True(EventPattern.Matches(Pattern, CloudTrailSamples.PutBucketPolicy()));
    }

    [Fact]
    public void Reading_an_object_does_not_match()
    {
        Assert.False(EventPattern.Matches(Pattern, CloudTrailSamples.GetObject()));
    }

    [Fact]
    public void A_bucket_policy_change_on_a_bucket_of_someone_else_does_not_match()
    {
        var sample = CloudTrailSamples.PutBucketPolicy();
        sample["detail"]!["requestParameters"]!["bucketName"] = "not-ours";

        Assert.False(EventPattern.Matches(Pattern, sample));
    }

    [Theory]
    [InlineData("PutBucketPolicy")]
    [InlineData("DeleteBucketPolicy")]
    [InlineData("PutBucketAcl")]
    [InlineData("PutObjectAcl")]
    [InlineData("PutBucketPublicAccessBlock")]
    [InlineData("DeleteBucketPublicAccessBlock")]
    [InlineData("PutBucketEncryption")]
    [InlineData("DeleteBucketEncryption")]
    [InlineData("PutBucketLifecycle")]
    [InlineData("DeleteBucketLifecycle")]
    [InlineData("DeleteBucket")]
    [InlineData("DeleteObject")]
    [InlineData("DeleteObjects")]
    public void Every_risky_call_matches(string eventName)
    {
        Assert.True(EventPattern.Matches(Pattern, CloudTrailSamples.Call(eventName)));
    }

    [Theory]
    [InlineData("PutObject")]
    [InlineData("GetBucketPolicy")]
    [InlineData("ListObjects")]
    [InlineData("CreateBucket")]
    public void Everyday_calls_do_not_match(string eventName)
    {
        Assert.False(EventPattern.Matches(Pattern, CloudTrailSamples.Call(eventName)));
    }

    [Fact]
    public void The_trail_bucket_is_watched_too()
    {
        var sample = CloudTrailSamples.PutBucketPolicy();
        sample["detail"]!["requestParameters"]!["bucketName"] = "arena-trail";

        Assert.True(EventPattern.Matches(Pattern, sample));
    }
}

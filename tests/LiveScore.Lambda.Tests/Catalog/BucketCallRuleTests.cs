using System.Text.Json.Nodes;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Tests.Events;

namespace LiveScore.Lambda.Tests.Catalog;

/// <summary>The rule's pattern against CloudTrail events shaped as AWS documents them, through EventBridge's exact matching.</summary>
public class BucketCallRuleTests
{
    private static readonly BucketCallRule Rule = new(["PutBucketPolicy", "DeleteObject"], ["Lake"]);
    private static readonly JsonObject Pattern = Rule.EventPattern(name => name == "Lake" ? "arena-lake" : throw new KeyNotFoundException(name));

    [Fact]
    public void The_pattern_names_the_source_the_detail_type_the_calls_and_the_resolved_buckets()
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            {
              "source": ["aws.s3"],
              "detail-type": ["AWS API Call via CloudTrail"],
              "detail": {
                "eventSource": ["s3.amazonaws.com"],
                "eventName": ["PutBucketPolicy", "DeleteObject"],
                "requestParameters": { "bucketName": ["arena-lake"] }
              }
            }
            """), Pattern), Pattern.ToJsonString());
    }

    [Fact]
    public void A_watched_call_on_a_watched_bucket_matches()
    {
        Assert.True(EventPattern.Matches(Pattern, Sample("cloudtrail-put-bucket-policy.json")));
    }

    [Fact]
    public void A_call_the_rule_does_not_name_does_not_match()
    {
        Assert.False(EventPattern.Matches(Pattern, Sample("cloudtrail-get-object.json")));
    }

    [Theory]
    [InlineData("bucket", "someone-elses-bucket")]
    [InlineData("source", "aws.ec2")]
    [InlineData("detail-type", "Object Created")]
    [InlineData("eventSource", "ec2.amazonaws.com")]
    [InlineData("eventName", "putbucketpolicy")]
    public void The_same_call_differing_in_one_field_does_not_match(string field, string value)
    {
        var @event = Sample("cloudtrail-put-bucket-policy.json");
        var detail = @event["detail"]!;
        switch (field)
        {
            case "bucket": detail["requestParameters"]!["bucketName"] = value; break;
            case "source": @event["source"] = value; break;
            case "detail-type": @event["detail-type"] = value; break;
            default: detail[field] = value; break;
        }

        Assert.False(EventPattern.Matches(Pattern, @event));
    }

    [Fact]
    public void An_event_without_request_parameters_does_not_match()
    {
        var @event = Sample("cloudtrail-put-bucket-policy.json");
        @event["detail"]!.AsObject().Remove("requestParameters");

        Assert.False(EventPattern.Matches(Pattern, @event));
    }

    private static JsonObject Sample(string name) => JsonNode.Parse(Payload.Bytes(name))!.AsObject();
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Arena.Functions.Audit;
using Arena.Tests.TestDoubles;
using LiveScore.Lambda.Events;

namespace Arena.Tests.Audit;

public class AuditAlertTests
{
    private readonly RecordingPublisher _publisher = new();

    [Fact]
    public void The_alert_says_what_changed_on_which_bucket_who_did_it_from_where_and_when()
    {
        var alert = AuditAlert.For(Read(CloudTrailSamples.PutBucketPolicy()), "arn:alerts");

        Assert.Equal("arn:alerts", alert.TopicArn);
        Assert.Equal($"S3 PutBucketPolicy on {CloudTrailSamples.Bucket}", alert.Subject);
        var lines = alert.Message.Split('\n');
        Assert.Equal($"S3 PutBucketPolicy on {CloudTrailSamples.Bucket}: the bucket policy was replaced.", lines[0]);
        Assert.Contains($"Bucket:  {CloudTrailSamples.Bucket}", lines);
        Assert.Contains("Who:     arn:aws:iam::123456789012:user/mallory (IAMUser)", lines);
        Assert.Contains("From:    203.0.113.7 using aws-cli/2.15.0", lines);
        Assert.Contains("When:    2026-11-30T09:15:42Z", lines);
        Assert.Contains("Result:  succeeded", lines);
        Assert.Contains("Where:   account 123456789012, eu-west-1", lines);
        // The new policy itself, so the reader sees that it opens the bucket to everyone.
        var request = lines.Single(l => l.StartsWith("Request: ", StringComparison.Ordinal));
        Assert.Contains("\"Principal\":\"*\"", request, StringComparison.Ordinal);
        Assert.Contains("\"Resource\":\"arn:aws:s3:::arena-lake/*\"", request, StringComparison.Ordinal);
        Assert.DoesNotContain("Host", request, StringComparison.Ordinal);
        Assert.Equal("Event:   0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", lines[^1]);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["eventType"] = AuditAlert.EventType, ["eventName"] = "PutBucketPolicy", ["bucketName"] = CloudTrailSamples.Bucket,
                ["eventId"] = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
            },
            alert.Attributes);
    }

    [Fact]
    public void A_refused_call_an_object_key_and_an_anonymous_caller_are_spelled_out()
    {
        var sample = CloudTrailSamples.Call("DeleteObject");
        var detail = sample["detail"]!;
        detail["requestParameters"] = new JsonObject { ["bucketName"] = CloudTrailSamples.Bucket, ["key"] = "visits/a.json.gz" };
        detail["userIdentity"] = new JsonObject { ["type"] = "AWSAccount", ["principalId"] = "", ["accountId"] = "anonymous" };
        detail["errorCode"] = "AccessDenied";
        detail["errorMessage"] = "Access Denied";

        var lines = AuditAlert.For(Read(sample), "arn:alerts").Message.Split('\n');

        Assert.EndsWith("an object was deleted.", lines[0], StringComparison.Ordinal);
        Assert.Contains("Object:  visits/a.json.gz", lines);
        Assert.Contains("Who:     anonymous caller (AWSAccount)", lines);
        Assert.Contains("Result:  failed: AccessDenied Access Denied", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Request:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_request_is_written_as_sent_not_escaped_for_html()
    {
        var sample = CloudTrailSamples.PutBucketPolicy();
        sample["detail"]!["requestParameters"]!["bucketPolicy"]!["Statement"]![0]!["Sid"] = "a<b>&'c";

        var message = AuditAlert.For(Read(sample), "arn:alerts").Message;

        Assert.Contains("\"Sid\":\"a<b>&'c\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_subject_is_one_line_of_at_most_100_printable_ascii_characters_as_SNS_requires()
    {
        var sample = CloudTrailSamples.PutBucketPolicy();
        sample["detail"]!["requestParameters"]!["bucketName"] = "bücket\r\nBcc: someone" + new string('x', 200);

        var subject = AuditAlert.For(Read(sample), "arn:alerts").Subject;

        Assert.Equal(100, subject.Length);
        Assert.All(subject, c => Assert.InRange(c, ' ', '~'));
        Assert.StartsWith("S3 PutBucketPolicy on b?cket??Bcc: someone", subject, StringComparison.Ordinal);
        Assert.EndsWith("...", subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_handler_publishes_one_alert_per_event()
    {
        var handler = new AuditAlertHandler(_publisher, "arn:alerts");

        var response = await handler.InvokeAsync(Bytes(CloudTrailSamples.PutBucketPolicy()), RecordingLog.Context());

        Assert.Equal("{}", Encoding.UTF8.GetString(response));
        Assert.Equal("PutBucketPolicy", Assert.Single(_publisher.Sent).Attributes["eventName"]);
    }

    [Fact]
    public async Task A_failed_publish_fails_the_invocation_so_that_Lambda_retries_it()
    {
        _publisher.FailNext = true;
        var handler = new AuditAlertHandler(_publisher, "arn:alerts");

        await Assert.ThrowsAsync<HttpRequestException>(() => handler.InvokeAsync(Bytes(CloudTrailSamples.PutBucketPolicy()), RecordingLog.Context()));
        Assert.Empty(_publisher.Sent);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"detail":{}}""")]
    public async Task An_event_that_is_not_from_CloudTrail_is_refused_and_nothing_is_sent(string json)
    {
        var handler = new AuditAlertHandler(_publisher, "arn:alerts");

        await Assert.ThrowsAsync<InvalidDataException>(() => handler.InvokeAsync(Encoding.UTF8.GetBytes(json), RecordingLog.Context()));
        Assert.Empty(_publisher.Sent);
    }

    private static CloudTrailEvent Read(JsonObject sample) => JsonSerializer.Deserialize(Bytes(sample), HostingJsonContext.Default.CloudTrailEvent)!;

    private static byte[] Bytes(JsonObject sample) => Encoding.UTF8.GetBytes(sample.ToJsonString());
}

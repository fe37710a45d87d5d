using System.Text.Json;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Arena.Functions.Audit;
using LiveScore.LocalCloud.Testing;

namespace Arena.IntegrationTests.Audit;

/// <summary>S3 calls through the local cloud's S3 endpoint → CloudTrail-shaped events → the audit rule → audit-alert → the outbox.</summary>
public sealed class AuditEndToEndTests(LocalCloudFixture cloud) : IClassFixture<LocalCloudFixture>
{
    private static readonly string Bucket = AuditCatalog.TrailLogs.LocalName;

    [Fact]
    public async Task Changing_a_bucket_policy_sends_exactly_one_readable_alert_and_harmless_calls_send_none()
    {
        using var s3 = S3();
        var key = $"notes/{Guid.NewGuid():N}.txt";
        var before = await BucketChangeAlertsAsync();

        await s3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, ContentBody = "hello" });
        (await s3.GetObjectAsync(Bucket, key)).Dispose();
        await s3.PutBucketPolicyAsync(Bucket, """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}""");

        var alerts = await Eventually.UntilAsync(
            async () => (await BucketChangeAlertsAsync()).Skip(before.Count).ToList(), a => a.Count > 0, "the policy alert in the outbox", context: () => cloud.Console);
        // A call is recorded once it is answered: the harmless ones may still be on their way into the trail.
        var harmless = await Eventually.UntilAsync(
            async () => (await AuditTrailAsync()).Where(e => e.GetProperty("key").GetString() == key).ToList(), e => e.Count == 2, "both object calls in the trail");

        var alert = Assert.Single(alerts);
        Assert.Equal($"S3 PutBucketPolicy on {Bucket}", alert.GetProperty("subject").GetString());
        var message = alert.GetProperty("message").GetString()!;
        Assert.StartsWith($"S3 PutBucketPolicy on {Bucket}: the bucket policy was replaced.", message, StringComparison.Ordinal);
        Assert.Contains("Who:     arn:aws:iam::000000000000:user/local (IAMUser)", message, StringComparison.Ordinal);
        Assert.Contains("From:    127.0.0.1 using aws-sdk-dotnet", message, StringComparison.Ordinal);
        Assert.Contains("\"Principal\":\"*\"", message, StringComparison.Ordinal);
        Assert.Equal(["GetObject", "PutObject"], harmless.Select(e => e.GetProperty("eventName").GetString()).Order());
        Assert.All(harmless, e => Assert.Equal(0, e.GetProperty("deliveries").GetArrayLength()));
    }

    [Fact]
    public async Task Deleting_an_object_is_alerted_with_its_key()
    {
        using var s3 = S3();
        var key = $"notes/{Guid.NewGuid():N}.txt";
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, ContentBody = "bye" });

        await s3.DeleteObjectAsync(Bucket, key);

        var alert = await Eventually.UntilAsync(
            async () => (await BucketChangeAlertsAsync()).FirstOrDefault(a => a.GetProperty("message").GetString()!.Contains(key, StringComparison.Ordinal)),
            a => a.ValueKind == JsonValueKind.Object, "the deletion alert", context: () => cloud.Console);
        Assert.Equal($"S3 DeleteObject on {Bucket}", alert.GetProperty("subject").GetString());
        Assert.Contains($"Object:  {key}", alert.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<JsonElement>> BucketChangeAlertsAsync()
    {
        using var outbox = JsonDocument.Parse(await cloud.Http.GetStringAsync("/_local/outbox"));
        return [.. outbox.RootElement.EnumerateArray()
            .Where(m => m.GetProperty("attributes").TryGetProperty("eventType", out var type) && type.GetString() == AuditAlert.EventType)
            .Select(m => m.Clone())];
    }

    private async Task<IReadOnlyList<JsonElement>> AuditTrailAsync()
    {
        using var trail = JsonDocument.Parse(await cloud.Http.GetStringAsync("/_local/audit"));
        return [.. trail.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private AmazonS3Client S3() => new(new BasicAWSCredentials("local", "local"), new AmazonS3Config
    {
        ServiceURL = new Uri(cloud.BaseAddress, "/_aws/s3").ToString(),
        ForcePathStyle = true,
        AuthenticationRegion = "us-east-1",
    });
}

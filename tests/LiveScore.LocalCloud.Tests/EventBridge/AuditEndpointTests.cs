using System.Text.Json;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Testing;

namespace LiveScore.LocalCloud.Tests.EventBridge;

/// <summary>
/// The whole local cloud with boto3 as the caller: a policy change on a catalog bucket reaches the rule's function
/// (a shell script standing in for it, saving each event) and /_local/audit shows every call and its delivery.
/// </summary>
public sealed class AuditEndpointTests : IDisposable
{
    private const string Script = """
        import sys, boto3
        from botocore.config import Config
        s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1", aws_access_key_id="local",
                          aws_secret_access_key="local", config=Config(s3={"addressing_style": "path"}))
        s3.put_object(Bucket="trail", Key="note.txt", Body=b"hello")
        s3.get_object(Bucket="trail", Key="note.txt")["Body"].read()
        s3.put_bucket_policy(Bucket="trail", Policy='{"Version":"2012-10-17","Statement":[]}')
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("livescore-audit-").FullName;

    [Boto3Fact]
    public async Task A_policy_change_made_with_boto3_reaches_the_rule_function_and_the_audit_endpoint_lists_every_call()
    {
        var events = Path.Combine(_folder, "events");
        Directory.CreateDirectory(events);
        var function = new FunctionDefinition("audit-alert", "alerts", () => throw new NotSupportedException())
        {
            BucketCalls = new BucketCallRule(["PutBucketPolicy"], ["Trail"]),
        };
        var application = new LocalApplication([function], [], [], SavingFunction(events)) { Buckets = [new BucketDefinition("Trail")] };
        await using var cloud = await LocalCloudInstance.StartAsync(application);
        using var health = JsonDocument.Parse(await cloud.Http.GetStringAsync("/_local/health"));

        await Boto3.RunAsync(Boto3.Python(), ["-c", Script, health.RootElement.GetProperty("endpoints").GetProperty("s3").GetString()!]);

        // A call is recorded once it is answered, so the three may be listed in another order than they were made.
        var trail = await Eventually.UntilAsync(
            async () => JsonDocument.Parse(await cloud.Http.GetStringAsync("/_local/audit")).RootElement.Clone(),
            t => t.GetArrayLength() == 3 && t.EnumerateArray().Any(e => e.GetProperty("deliveries").EnumerateArray().Any(d => d.GetProperty("state").GetString() == "delivered")),
            "three calls, the policy change delivered");
        var entries = trail.EnumerateArray().ToDictionary(e => e.GetProperty("eventName").GetString()!);
        Assert.Equal(["GetObject", "PutBucketPolicy", "PutObject"], entries.Keys.Order());
        Assert.Equal((0, 0, 1), (entries["PutObject"].GetProperty("deliveries").GetArrayLength(), entries["GetObject"].GetProperty("deliveries").GetArrayLength(),
            entries["PutBucketPolicy"].GetProperty("deliveries").GetArrayLength()));
        Assert.All(entries.Values, e => Assert.Equal("arn:aws:iam::000000000000:user/local", e.GetProperty("caller").GetString()));
        Assert.StartsWith("Boto3/", entries["PutBucketPolicy"].GetProperty("event").GetProperty("detail").GetProperty("userAgent").GetString(), StringComparison.Ordinal);
        var saved = Assert.Single(Directory.GetFiles(events));
        using var delivered = JsonDocument.Parse(File.ReadAllText(saved));
        Assert.Equal("PutBucketPolicy", delivered.RootElement.GetProperty("detail").GetProperty("eventName").GetString());
        Assert.Equal("trail", delivered.RootElement.GetProperty("detail").GetProperty("requestParameters").GetProperty("bucketName").GetString());
    }

    // Takes each event from the Runtime API, saves it under its request id and answers {}.
    private string SavingFunction(string events)
    {
        var path = Path.Combine(_folder, "function.sh");
        File.WriteAllText(path, $$"""
            #!/bin/sh
            api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation"
            while true; do
              curl -s -D "{{_folder}}/headers" -o "{{_folder}}/event" "$api/next" || exit 0
              id=$(grep -i '^lambda-runtime-aws-request-id:' "{{_folder}}/headers" | cut -d' ' -f2 | tr -d '\r')
              mv "{{_folder}}/event" "{{events}}/$id.json"
              curl -s -o /dev/null -X POST -d '{}' "$api/$id/response"
            done
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

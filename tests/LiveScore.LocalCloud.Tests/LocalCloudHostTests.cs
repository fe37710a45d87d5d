using System.Text.Json;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Amazon.SQS.Model;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.Testing;

namespace LiveScore.LocalCloud.Tests;

/// <summary>
/// The local cloud as a whole, with shell scripts standing in for the functions' executable: function processes run
/// as Lambda runs execution environments (only the function's own environment; a process that dies fails what it was
/// handling and is replaced), and the AWS services are there for the official SDKs.
/// </summary>
public sealed class LocalCloudHostTests : IDisposable
{
    private static readonly FunctionDefinition Function = new("fn", "A function.", () => throw new NotSupportedException())
    {
        Bindings = [new("GAMES_TABLE", ResourceKind.Table, "Games", Access.Read)],
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("livescore-processes-").FullName;

    [Fact]
    public async Task A_function_process_sees_its_own_settings_and_nothing_else_of_the_host()
    {
        var sentinel = "LIVESCORE_HOST_ONLY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(sentinel, "must not reach the function");
        try
        {
            var environmentFile = Path.Combine(_folder, "environment.txt");
            var script = Script("environment.sh", $"env > '{environmentFile}'\nexit 1");

            await Assert.ThrowsAsync<InvalidOperationException>(() => LocalCloudInstance.StartAsync(new LocalApplication([Function], [], [], script)));

            var environment = File.ReadAllLines(environmentFile);
            Assert.Contains("_HANDLER=fn", environment);
            Assert.Contains("GAMES_TABLE=Games", environment);
            Assert.Contains("AWS_ACCESS_KEY_ID=local", environment);
            Assert.Contains(environment, line => line.StartsWith("AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:", StringComparison.Ordinal));
            Assert.Contains(environment, line => line.StartsWith("AWS_LAMBDA_RUNTIME_API=127.0.0.1:", StringComparison.Ordinal));
            // The Runtime API has a listener of its own, apart from the public port every AWS endpoint is on.
            Assert.NotEqual(Port(environment, "AWS_ENDPOINT_URL_DYNAMODB=http://"), Port(environment, "AWS_LAMBDA_RUNTIME_API="));
            Assert.DoesNotContain(environment, line => line.StartsWith(sentinel, StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable(sentinel, null);
        }
    }

    [Fact]
    public async Task A_process_that_dies_fails_its_invocation_is_replaced_and_one_that_keeps_dying_fails_the_function()
    {
        // Takes one event, then dies without answering.
        var script = Script("crash.sh", "curl -s -o /dev/null \"http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation/next\"\nexit 3");
        await using var cloud = await LocalCloudInstance.StartAsync(new LocalApplication([Function], [], [], script));

        for (var attempt = 0; attempt <= FunctionProcesses.MaxRestarts; attempt++)
        {
            using var response = await cloud.Http.PostAsync("/2015-03-31/functions/fn/invocations", new StringContent("{}"));

            Assert.Equal("Unhandled", response.Headers.GetValues("X-Amz-Function-Error").Single());
            Assert.Contains("Runtime.ExitError", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var health = JsonDocument.Parse(await cloud.Http.GetStringAsync("/_local/health"));
        Assert.Equal("failed", health.RootElement.GetProperty("status").GetString());
        Assert.Contains("exited with code 3", health.RootElement.GetProperty("functions")[0].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_local_cloud_serves_sqs_and_s3_to_the_aws_sdks()
    {
        // Asks for an event and waits for it forever: a function that is ready and idle.
        var script = Script("idle.sh", ShellFunction.Idle);
        await using var cloud = await LocalCloudInstance.StartAsync(new LocalApplication([Function], [], [], script));
        using var health = JsonDocument.Parse(await cloud.Http.GetStringAsync("/_local/health"));
        var endpoints = health.RootElement.GetProperty("endpoints");
        var credentials = new BasicAWSCredentials("local", "local");
        using var sqs = new AmazonSQSClient(credentials, new AmazonSQSConfig { ServiceURL = endpoints.GetProperty("sqs").GetString(), AuthenticationRegion = "us-east-1" });
        using var s3 = new AmazonS3Client(credentials, new AmazonS3Config { ServiceURL = endpoints.GetProperty("s3").GetString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });

        var queueUrl = (await sqs.CreateQueueAsync("visits")).QueueUrl;
        await sqs.SendMessageAsync(queueUrl, "hello");
        var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, WaitTimeSeconds = 5 });
        await s3.PutBucketAsync("lake");
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "lake", Key = "visits/a.json", ContentBody = "{}" });
        var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "lake" });

        Assert.Equal("hello", Assert.Single(received.Messages).Body);
        Assert.Equal("visits/a.json", Assert.Single(listed.S3Objects).Key);
    }

    [Fact]
    public async Task The_catalog_queues_with_their_dead_letter_queues_and_the_buckets_exist_at_start()
    {
        var script = Script("idle.sh", ShellFunction.Idle);
        var application = new LocalApplication([Function], [], [], script)
        {
            Queues = [new QueueDefinition("Visits") { MaxReceiveCount = 4 }],
            Buckets = [new BucketDefinition("Lake")],
        };
        await using var cloud = await LocalCloudInstance.StartAsync(application);
        using var health = JsonDocument.Parse(await cloud.Http.GetStringAsync("/_local/health"));
        var endpoints = health.RootElement.GetProperty("endpoints");
        var credentials = new BasicAWSCredentials("local", "local");
        using var sqs = new AmazonSQSClient(credentials, new AmazonSQSConfig { ServiceURL = endpoints.GetProperty("sqs").GetString(), AuthenticationRegion = "us-east-1" });
        using var s3 = new AmazonS3Client(credentials, new AmazonS3Config { ServiceURL = endpoints.GetProperty("s3").GetString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });

        var queueUrl = (await sqs.GetQueueUrlAsync("Visits")).QueueUrl;
        var attributes = await sqs.GetQueueAttributesAsync(queueUrl, ["RedrivePolicy"]);
        var buckets = await s3.ListBucketsAsync();

        using var redrive = JsonDocument.Parse(attributes.Attributes["RedrivePolicy"]);
        Assert.EndsWith(":Visits-dlq", redrive.RootElement.GetProperty("deadLetterTargetArn").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, redrive.RootElement.GetProperty("maxReceiveCount").GetInt32());
        Assert.Contains("lake", buckets.Buckets.Select(b => b.BucketName));

        // /_local/lake lists the bucket's objects and unpacks the newest one.
        using var gzipped = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(gzipped, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("{\"n\":1}\n{\"n\":2}\n"u8);
        }
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "lake", Key = "visits/day=01/a.json.gz", InputStream = new MemoryStream(gzipped.ToArray()) });
        using var lake = JsonDocument.Parse(await cloud.Http.GetStringAsync("/_local/lake"));
        var listed = Assert.Single(lake.RootElement.EnumerateArray());
        Assert.Equal("lake", listed.GetProperty("bucket").GetString());
        Assert.Equal("visits/day=01/a.json.gz", Assert.Single(listed.GetProperty("objects").EnumerateArray()).GetProperty("key").GetString());
        Assert.Equal(["{\"n\":1}", "{\"n\":2}"], listed.GetProperty("sample").GetProperty("lines").EnumerateArray().Select(l => l.GetString()));
    }

    private static string Port(string[] environment, string prefix) =>
        environment.Single(line => line.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..].Split('/')[0].Split(':')[1];

    private string Script(string name, string body) => ShellFunction.Write(_folder, name, body);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

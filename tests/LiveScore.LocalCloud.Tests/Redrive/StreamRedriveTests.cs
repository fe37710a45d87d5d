using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.SQS;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Redrive;
using LiveScore.LocalCloud.Streams;
using LiveScore.LocalCloud.Testing;

namespace LiveScore.LocalCloud.Tests.Redrive;

/// <summary>
/// A stream batch that ran out of retries lands in the function's failure queue as Lambda's on-failure record, and the
/// <c>redrive</c> command replays it through the function once it works again; until then it stays.
/// </summary>
public sealed class StreamRedriveTests : IDisposable
{
    private const string FunctionId = "games-stream";

    private static readonly TableDefinition Games = new("Games", new KeyAttribute("gameId", KeyType.String)) { Stream = true };

    private static readonly FunctionDefinition GamesStream = new(FunctionId, "Reads the games stream.", () => throw new NotSupportedException())
    {
        Stream = new StreamSource("Games", BatchSize: 10, MaxRetries: 1, BisectOnError: false),
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("livescore-redrive-").FullName;

    [Fact]
    public async Task A_batch_set_aside_is_kept_while_it_fails_and_replayed_once_the_function_works()
    {
        var application = new LocalApplication([GamesStream], [Games], [], ShellFunction.Write(_folder, "games.sh", ShellFunction.Loop(_folder, failUntilHealed: true)));
        await using var cloud = await LocalCloudInstance.StartAsync(application);
        using var dynamoDb = cloud.CreateDynamoDbClient();
        await dynamoDb.PutItemAsync("Games", new Dictionary<string, AttributeValue> { ["gameId"] = new("g-1") });
        await Eventually.UntilAsync(() => cloud.Http.GetStringAsync(StreamServices.DeadLettersPath), d => d.Contains(FunctionId, StringComparison.Ordinal), "the batch set aside", context: () => cloud.Console);

        var failureRecord = await ReceiveFailureRecordAsync(cloud);
        var info = failureRecord.RootElement.GetProperty("DDBStreamBatchInfo");
        Assert.Equal("RetryAttemptsExhausted", failureRecord.RootElement.GetProperty("requestContext").GetProperty("condition").GetString());
        Assert.Equal(1, info.GetProperty("batchSize").GetInt32());
        Assert.Contains("table/Games/stream/", info.GetProperty("streamArn").GetString(), StringComparison.Ordinal);
        Assert.Equal(info.GetProperty("startSequenceNumber").GetString(), info.GetProperty("endSequenceNumber").GetString());

        var (stillFailing, _) = await RedriveAsync(application, cloud);
        File.WriteAllText(Path.Combine(_folder, "healed"), "");
        var eventsBefore = Events().Length;
        var (healed, output) = await RedriveAsync(application, cloud);
        var (again, againOutput) = await RedriveAsync(application, cloud);

        Assert.Equal(1, stillFailing);
        Assert.Equal(0, healed);
        Assert.Contains($"{FunctionId}: 1 batch(es) delivered, 0 failed again", output, StringComparison.Ordinal);
        var replayed = JsonDocument.Parse(Assert.Single(Events()[eventsBefore..])).RootElement.GetProperty("Records");
        var record = Assert.Single(replayed.EnumerateArray());
        Assert.Equal("INSERT", record.GetProperty("eventName").GetString());
        Assert.Equal("g-1", record.GetProperty("dynamodb").GetProperty("Keys").GetProperty("gameId").GetProperty("S").GetString());
        Assert.Equal(info.GetProperty("streamArn").GetString(), record.GetProperty("eventSourceARN").GetString());
        Assert.Equal(0, again);
        Assert.Contains($"{FunctionId}: 0 batch(es) delivered", againOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "Name the stream function")]
    [InlineData(new[] { "score-stream" }, "'score-stream' is not a stream function of this application; these are: games-stream.")]
    [InlineData(new[] { FunctionId, "--aws", "--function-name", "Arena-GamesStream" }, "--aws needs --queue-url")]
    [InlineData(new[] { FunctionId, "--bogus" }, "Unknown or incomplete argument '--bogus'")]
    public async Task A_bad_command_line_is_refused_by_name(string[] args, string expected)
    {
        var error = new StringWriter();

        var exitCode = await RedriveCommand.RunAsync(new LocalApplication([GamesStream], [Games], [], "unused"), args, new StringWriter(), error);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RedriveAsync(LocalApplication application, LocalCloudInstance cloud)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await RedriveCommand.RunAsync(application, [FunctionId, "--urls", cloud.BaseAddress.ToString()], output, error);
        return (exitCode, output + error.ToString());
    }

    /// <summary>Reads the failure record without consuming it: received, then made visible again.</summary>
    private static async Task<JsonDocument> ReceiveFailureRecordAsync(LocalCloudInstance cloud)
    {
        using var sqs = new AmazonSQSClient(new BasicAWSCredentials("local", "local"), new AmazonSQSConfig
        {
            ServiceURL = new Uri(cloud.BaseAddress, LocalCloudHost.SqsPath).ToString(),
            AuthenticationRegion = "us-east-1",
        });
        var queueUrl = (await sqs.GetQueueUrlAsync(DeadLetters.QueueName(FunctionId))).QueueUrl;
        var message = Assert.Single((await sqs.ReceiveMessageAsync(queueUrl)).Messages);
        await sqs.ChangeMessageVisibilityAsync(queueUrl, message.ReceiptHandle, 0);
        return JsonDocument.Parse(message.Body);
    }

    private string[] Events() =>
        File.ReadAllLines(Path.Combine(_folder, "events.log")).Where(line => line.Length > 0).ToArray();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

using System.Net;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LiveScore.Lambda.Aws;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Connections;
using LiveScore.Lambda.Notifications;
using LiveScore.LocalCloud.Faults;
using LiveScore.LocalCloud.Testing;

namespace LiveScore.LocalCloud.Tests.Faults;

/// <summary>
/// Each fault of <c>/_local/faults</c> does what it says to a real client (the package's SNS and <c>@connections</c>
/// clients, the AWS SDK, the Invoke API), hits as often as asked, and leaves the next call alone.
/// </summary>
public sealed class FaultTests : IAsyncLifetime
{
    private const string FunctionId = "fn";
    private static readonly TopicDefinition Scores = new("Scores", "ScoresEmail", "Score changes.");
    private static readonly TableDefinition Games = new("Games", new KeyAttribute("gameId", LiveScore.Lambda.Catalog.KeyType.String));
    private static readonly FunctionDefinition Function = new(FunctionId, "Answers {}.", () => throw new NotSupportedException());

    private readonly string _folder = Directory.CreateTempSubdirectory("livescore-faults-").FullName;
    private LocalCloudInstance _cloud = null!;

    public async Task InitializeAsync() =>
        _cloud = await LocalCloudInstance.StartAsync(new LocalApplication([Function], [Games], [Scores], ShellFunction.Write(_folder, "fn.sh", ShellFunction.Loop(_folder, failUntilHealed: false))));

    [Theory]
    [InlineData("""{"target":"s3","fault":"error"}""", "target")]
    [InlineData("""{"target":"sns","fault":"gone"}""", "fault")]
    [InlineData("""{"target":"sns","fault":"error","times":0}""", "times")]
    [InlineData("""{"target":"connections","fault":"slow"}""", "seconds")]
    [InlineData("""{"target":"dynamodb","fault":"unavailable","seconds":-1}""", "seconds")]
    [InlineData("""{"target":"function","fault":"crash","function":"nope"}""", "function")]
    [InlineData("""{"target":"function","fault":"timeout"}""", "function")]
    [InlineData("""not json""", "body")]
    public async Task A_fault_that_cannot_be_switched_on_is_refused_naming_the_field(string body, string field)
    {
        using var response = await PostFaultAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var refusal = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(refusal.RootElement.GetProperty("errors").TryGetProperty(field, out _), refusal.RootElement.ToString());
        Assert.Equal("[]", await _cloud.Http.GetStringAsync(FaultEndpoints.Path));
    }

    [Fact]
    public async Task Active_faults_are_listed_with_what_is_left_and_delete_switches_them_off()
    {
        using var created = await PostFaultAsync("""{"target":"sns","fault":"error","times":2}""");
        using var listed = JsonDocument.Parse(await _cloud.Http.GetStringAsync(FaultEndpoints.Path));
        using var deleted = await _cloud.Http.DeleteAsync(FaultEndpoints.Path);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var fault = Assert.Single(listed.RootElement.EnumerateArray());
        Assert.Equal("error", fault.GetProperty("fault").GetProperty("fault").GetString());
        Assert.Equal(2, fault.GetProperty("remaining").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("[]", await _cloud.Http.GetStringAsync(FaultEndpoints.Path));
    }

    [Fact]
    public async Task An_sns_error_publishes_nothing_and_hits_only_as_often_as_asked()
    {
        await SwitchOnAsync("""{"target":"sns","fault":"error","times":2}""");
        var publisher = Publisher(new RetryPolicy(1, (_, _) => Task.CompletedTask));

        var first = await Assert.ThrowsAsync<AwsServiceException>(() => publisher.PublishAsync(Note("one"), CancellationToken.None));
        await Assert.ThrowsAsync<AwsServiceException>(() => publisher.PublishAsync(Note("two"), CancellationToken.None));
        await publisher.PublishAsync(Note("three"), CancellationToken.None);

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(["three"], await OutboxMessagesAsync());
    }

    [Fact]
    public async Task A_lost_sns_reply_is_retried_and_the_message_goes_out_twice()
    {
        await SwitchOnAsync("""{"target":"sns","fault":"lost-reply"}""");

        await Publisher(new RetryPolicy(2, (_, _) => Task.CompletedTask)).PublishAsync(Note("once"), CancellationToken.None);

        // The caller cannot know the first one went out: the duplicate that at-least-once delivery allows.
        Assert.Equal(["once", "once"], await OutboxMessagesAsync());
    }

    [Fact]
    public async Task A_slow_sns_answer_is_abandoned_after_the_attempt_timeout_and_retried()
    {
        await SwitchOnAsync("""{"target":"sns","fault":"slow","seconds":120}""");
        var policy = new RetryPolicy(2, (_, _) => Task.CompletedTask) { AttemptTimeout = TimeSpan.FromSeconds(1) };

        await Publisher(policy).PublishAsync(Note("late"), CancellationToken.None);

        Assert.Equal(["late", "late"], await OutboxMessagesAsync());
    }

    [Fact]
    public async Task Connections_faults_answer_gone_or_error_without_delivering_and_the_next_post_arrives()
    {
        await using var client = await WebSocketClient.ConnectAsync(new Uri($"ws://{_cloud.BaseAddress.Authority}/ws"));
        using var connections = JsonDocument.Parse(await _cloud.Http.GetStringAsync("/_local/connections"));
        var connectionId = connections.RootElement[0].GetProperty("connectionId").GetString()!;
        await SwitchOnAsync("""{"target":"connections","fault":"gone"}""");
        await SwitchOnAsync("""{"target":"connections","fault":"error"}""");
        var messenger = new ApiGatewayConnectionMessenger(
            new HttpClient(), _cloud.BaseAddress, "us-east-1", Credentials, new RetryPolicy(1, (_, _) => Task.CompletedTask));

        var gone = await messenger.PostAsync(connectionId, "first"u8.ToArray(), CancellationToken.None);
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => messenger.PostAsync(connectionId, "second"u8.ToArray(), CancellationToken.None));
        var delivered = await messenger.PostAsync(connectionId, "third"u8.ToArray(), CancellationToken.None);

        Assert.Equal(PostOutcome.Gone, gone);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(PostOutcome.Delivered, delivered);
        Assert.Equal("third", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Unavailable_dynamodb_answers_503_to_table_calls_until_switched_off_while_streams_still_answer()
    {
        using var dynamoDb = new AmazonDynamoDBClient(new Amazon.Runtime.BasicAWSCredentials("local", "local"), new AmazonDynamoDBConfig
        {
            ServiceURL = _cloud.DynamoDbEndpoint,
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
        });
        await SwitchOnAsync("""{"target":"dynamodb","fault":"unavailable","seconds":300}""");

        var refused = await Assert.ThrowsAnyAsync<AmazonDynamoDBException>(() => dynamoDb.PutItemAsync("Games", Item("g-1")));
        using var listStreams = new HttpRequestMessage(HttpMethod.Post, _cloud.DynamoDbEndpoint) { Content = new StringContent("{}") };
        listStreams.Headers.Add("X-Amz-Target", "DynamoDBStreams_20120810.ListStreams");
        using var streams = await _cloud.Http.SendAsync(listStreams);
        await _cloud.Http.DeleteAsync(FaultEndpoints.Path);
        await dynamoDb.PutItemAsync("Games", Item("g-1"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("ServiceUnavailable", refused.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, streams.StatusCode);
    }

    [Fact]
    public async Task A_function_timeout_fails_one_invocation_as_timed_out_and_the_next_runs()
    {
        await SwitchOnAsync($$"""{"target":"function","fault":"timeout","function":"{{FunctionId}}"}""");

        var (timedOut, timedOutBody) = await InvokeAsync();
        var (next, nextBody) = await InvokeAsync();

        Assert.Equal("Unhandled", timedOut);
        Assert.Contains("Sandbox.Timedout", timedOutBody, StringComparison.Ordinal);
        Assert.Null(next);
        Assert.Equal("{}", nextBody);
    }

    [Fact]
    public async Task A_function_crash_loses_the_answer_after_the_work_and_a_new_process_runs_the_next()
    {
        await SwitchOnAsync($$"""{"target":"function","fault":"crash","function":"{{FunctionId}}"}""");

        var (crashed, crashedBody) = await InvokeAsync("""{"n":1}""");
        var (next, nextBody) = await InvokeAsync("""{"n":2}""");

        Assert.Equal("Unhandled", crashed);
        Assert.Contains("Runtime.ExitError", crashedBody, StringComparison.Ordinal);
        Assert.Null(next);
        Assert.Equal("{}", nextBody);
        // The crashed process had taken its event: the work was done, only the answer was lost.
        Assert.Equal(["""{"n":1}""", """{"n":2}"""], File.ReadAllLines(Path.Combine(_folder, "events.log")).Where(l => l.Length > 0));
    }

    private static IAwsCredentialsSource Credentials { get; } = new FixedCredentials();

    private sealed class FixedCredentials : IAwsCredentialsSource
    {
        public ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new AwsCredentials("local", "local"));
    }

    private SnsPublisher Publisher(RetryPolicy retry) =>
        new(new HttpClient(), new AwsEndpoints(name => name switch
        {
            "AWS_ENDPOINT_URL_SNS" => new Uri(_cloud.BaseAddress, "/_aws/sns").ToString(),
            "AWS_REGION" => "us-east-1",
            _ => null,
        }), Credentials, retry);

    private static Notification Note(string message) =>
        new(LocalEnvironment.TopicArn(Scores.Name), "Subject", message, new Dictionary<string, string>());

    private static Dictionary<string, AttributeValue> Item(string id) => new() { ["gameId"] = new(id) };

    private async Task<string[]> OutboxMessagesAsync()
    {
        using var outbox = JsonDocument.Parse(await _cloud.Http.GetStringAsync("/_local/outbox"));
        return outbox.RootElement.EnumerateArray().Select(m => m.GetProperty("message").GetString()!).ToArray();
    }

    private async Task<(string? FunctionError, string Body)> InvokeAsync(string payload = "{}")
    {
        using var response = await _cloud.Http.PostAsync($"/2015-03-31/functions/{FunctionId}/invocations", new StringContent(payload));
        return (response.Headers.TryGetValues("X-Amz-Function-Error", out var values) ? values.Single() : null, await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> PostFaultAsync(string body) =>
        _cloud.Http.PostAsync(FaultEndpoints.Path, new StringContent(body, Encoding.UTF8, "application/json"));

    private Task SwitchOnAsync(string body) => FaultSwitch.OnAsync(_cloud.Http, body);

    public async Task DisposeAsync()
    {
        await _cloud.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

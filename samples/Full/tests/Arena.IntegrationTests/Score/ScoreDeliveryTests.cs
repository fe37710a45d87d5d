using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Arena.Functions.Connections;
using Arena.Local;
using LiveScore.LocalCloud;
using LiveScore.LocalCloud.Redrive;
using LiveScore.LocalCloud.Sns;
using LiveScore.LocalCloud.Testing;

namespace Arena.IntegrationTests.Score;

/// <summary>
/// What a player change becomes when AWS misbehaves, with the local cloud's faults switched on: every change is emailed
/// (a second email only in the windows the README names) and pushed once, retries stay bounded, and a change that
/// exhausts them waits in the dead-letter queue until the redrive command delivers it. Each test ends with a later
/// change whose email and push arrive: by then anything still owed for the first one would have arrived too.
/// </summary>
public sealed class ScoreDeliveryTests(LocalCloudFixture cloud) : IClassFixture<LocalCloudFixture>, IAsyncLifetime
{
    private WebSocketClient _subscriber = null!;

    public async Task InitializeAsync()
    {
        await FaultSwitch.OffAsync(cloud.Http);
        _subscriber = await WebSocketClient.ConnectAsync(new Uri($"ws://{cloud.BaseAddress.Authority}/ws"));
        // The previous test's subscriber must be gone from the registry: each push here goes to this one only.
        using var dynamoDb = cloud.CreateDynamoDbClient();
        var registry = new DynamoDbConnectionRegistry(dynamoDb, ConnectionsCatalog.Connections.Name);
        await Eventually.UntilAsync(() => registry.ListAsync(CancellationToken.None), ids => ids.Count == 1, "this test's subscriber alone", context: () => cloud.Console);
    }

    [Fact]
    public async Task Sns_errors_within_the_call_retries_cost_nothing_the_change_is_emailed_and_pushed_once()
    {
        await FaultSwitch.OnAsync(cloud.Http, """{"target":"sns","fault":"error","times":2}""");

        var id = await AddPlayerAsync();

        await AssertDeliveredAsync(id, emails: 1);
    }

    [Fact]
    public async Task An_sns_outage_longer_than_the_call_retries_fails_the_record_and_its_retry_emails_once_without_pushing_again()
    {
        // Three attempts per call: the first invocation fails, the mapping's retry publishes on its second attempt.
        await FaultSwitch.OnAsync(cloud.Http, """{"target":"sns","fault":"error","times":4}""");

        var id = await AddPlayerAsync();

        await AssertDeliveredAsync(id, emails: 1);
    }

    [Fact]
    public async Task A_lost_sns_reply_sends_the_one_documented_duplicate_email()
    {
        await FaultSwitch.OnAsync(cloud.Http, """{"target":"sns","fault":"lost-reply"}""");

        var id = await AddPlayerAsync();

        await AssertDeliveredAsync(id, emails: 2);
    }

    [Fact]
    public async Task A_hanging_sns_call_holds_back_neither_the_push_nor_the_function_past_its_attempt_timeout()
    {
        await FaultSwitch.OnAsync(cloud.Http, """{"target":"sns","fault":"slow","seconds":120}""");

        var id = await AddPlayerAsync();
        // The push goes out while the email's first attempt still waits.
        var pushed = await ReceivePushAsync();

        Assert.Equal(id, pushed);
        // Its answer never came, so the publish was retried: the late first one went out as well.
        await AssertDeliveredAsync(id, emails: 2, pushedAlready: true);
    }

    [Fact]
    public async Task A_push_that_fails_is_logged_with_the_change_and_counted_not_repeated_and_the_email_still_goes_out()
    {
        // Every attempt of the one post fails.
        await FaultSwitch.OnAsync(cloud.Http, """{"target":"connections","fault":"error","times":3}""");

        var id = await AddPlayerAsync();
        await FaultSwitch.UsedUpAsync(cloud.Http, () => cloud.Console);
        var emails = await Eventually.UntilAsync(() => EmailsAsync(id), e => e.Count >= 1, $"the email of {id}", context: () => cloud.Console);
        var later = await AddPlayerAsync();

        Assert.Single(emails);
        Assert.Equal(later, await ReceivePushAsync());
        await Eventually.UntilAsync(() => cloud.Console, c => c.Contains("\"FailedPushes\":1", StringComparison.Ordinal), "the failed push counted");
        Assert.Contains(cloud.Console.Split('\n'), line => line.Contains("The push failed.", StringComparison.Ordinal) && line.Contains("\"changeId\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_push_arrives_late_once_and_the_email_goes_out_meanwhile()
    {
        await FaultSwitch.OnAsync(cloud.Http, """{"target":"connections","fault":"slow","seconds":1}""");

        var id = await AddPlayerAsync();

        await AssertDeliveredAsync(id, emails: 1);
    }

    [Fact]
    public async Task A_connection_api_gateway_calls_gone_is_forgotten_and_the_change_is_still_emailed_once()
    {
        using var dynamoDb = cloud.CreateDynamoDbClient();
        var registry = new DynamoDbConnectionRegistry(dynamoDb, ConnectionsCatalog.Connections.Name);
        await FaultSwitch.OnAsync(cloud.Http, """{"target":"connections","fault":"gone"}""");

        var id = await AddPlayerAsync();

        await Eventually.UntilAsync(() => registry.ListAsync(CancellationToken.None), ids => ids.Count == 0, "the gone connection forgotten", context: () => cloud.Console);
        var emails = await Eventually.UntilAsync(() => EmailsAsync(id), e => e.Count >= 1, $"the email of {id}", context: () => cloud.Console);
        Assert.Single(emails);
    }

    [Fact]
    public async Task A_crash_after_the_work_before_the_answer_repeats_neither_email_nor_push()
    {
        await FaultSwitch.OnAsync(cloud.Http, """{"target":"function","fault":"crash","function":"score-stream"}""");

        var id = await AddPlayerAsync();

        await AssertDeliveredAsync(id, emails: 1);
        Assert.Contains("Runtime.ExitError", await cloud.Http.GetStringAsync("/_local/invocations"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_past_its_deadline_is_retried_and_the_change_delivered_once()
    {
        await FaultSwitch.OnAsync(cloud.Http, """{"target":"function","fault":"timeout","function":"score-stream"}""");

        var id = await AddPlayerAsync();

        await AssertDeliveredAsync(id, emails: 1);
        Assert.Contains("Sandbox.Timedout", await cloud.Http.GetStringAsync("/_local/invocations"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_dynamodb_unavailable_the_api_answers_503_with_retry_after_and_the_retried_request_is_emailed_once()
    {
        await FaultSwitch.OnAsync(cloud.Http, """{"target":"dynamodb","fault":"unavailable","seconds":300}""");
        var id = "fault-" + Guid.NewGuid().ToString("N")[..10];

        using var refused = await PostPlayerAsync(id);
        var problem = await refused.Content.ReadAsStringAsync();
        await FaultSwitch.OffAsync(cloud.Http);
        using var retried = await PostPlayerAsync(id);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter is not null, problem);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        await AssertDeliveredAsync(id, emails: 1);
    }

    [Fact]
    public async Task A_change_that_exhausts_its_retries_waits_in_the_dead_letter_queue_and_the_redrive_emails_it_once()
    {
        await FaultSwitch.OnAsync(cloud.Http, """{"target":"sns","fault":"error","times":1000}""");

        var id = await AddPlayerAsync();
        Assert.Equal(id, await ReceivePushAsync());
        await Eventually.UntilAsync(() => cloud.Http.GetStringAsync("/_local/dead-letters"), d => d.Contains("score-stream", StringComparison.Ordinal), "the change set aside", context: () => cloud.Console);
        Assert.Empty(await EmailsAsync(id));
        await FaultSwitch.OffAsync(cloud.Http);
        var output = new StringWriter();
        var exitCode = await RedriveCommand.RunAsync(LocalApp.Application, ["score-stream", "--urls", cloud.BaseAddress.ToString()], output, output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains("score-stream: 1 batch(es) delivered", output.ToString(), StringComparison.Ordinal);
        await AssertDeliveredAsync(id, emails: 1, pushedAlready: true);
    }

    /// <summary>
    /// The change of <paramref name="id"/> was emailed <paramref name="emails"/> times and pushed once: a later change is
    /// emailed and is the next push, and only then are the first one's emails counted.
    /// </summary>
    private async Task AssertDeliveredAsync(string id, int emails, bool pushedAlready = false)
    {
        await FaultSwitch.UsedUpAsync(cloud.Http, () => cloud.Console);
        if (!pushedAlready)
        {
            Assert.Equal(id, await ReceivePushAsync());
        }
        await Eventually.UntilAsync(() => EmailsAsync(id), e => e.Count >= 1, $"the email of {id}", context: () => cloud.Console);
        var later = await AddPlayerAsync();
        await Eventually.UntilAsync(() => EmailsAsync(later), e => e.Count >= 1, $"the email of {later}", context: () => cloud.Console);

        Assert.Equal(later, await ReceivePushAsync());
        var sent = await EmailsAsync(id);
        Assert.Equal(emails, sent.Count);
        Assert.All(sent, m => Assert.Equal(sent[0].Message, m.Message));
    }

    private async Task<string> AddPlayerAsync()
    {
        var id = "fault-" + Guid.NewGuid().ToString("N")[..10];
        using var response = await PostPlayerAsync(id);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return id;
    }

    private Task<HttpResponseMessage> PostPlayerAsync(string id) =>
        cloud.SignedHttp.PostAsync("/players", new StringContent($$"""{"playerId":"{{id}}","name":"Ada","score":10}""", Encoding.UTF8, "application/json"));

    /// <summary>The player id of the next push.</summary>
    private async Task<string> ReceivePushAsync()
    {
        using var push = JsonDocument.Parse(await _subscriber.ReceiveAsync());
        return push.RootElement.GetProperty("player").GetProperty("playerId").GetString()!;
    }

    private async Task<IReadOnlyList<OutboxMessage>> EmailsAsync(string playerId)
    {
        var outbox = await cloud.Http.GetFromJsonAsync("/_local/outbox", LocalJsonContext.Default.IReadOnlyListOutboxMessage);
        return outbox!.Where(m => m.Attributes.GetValueOrDefault("playerId") == playerId).ToList();
    }

    public async Task DisposeAsync()
    {
        await FaultSwitch.OffAsync(cloud.Http);
        await _subscriber.CloseAsync();
        await _subscriber.DisposeAsync();
    }
}

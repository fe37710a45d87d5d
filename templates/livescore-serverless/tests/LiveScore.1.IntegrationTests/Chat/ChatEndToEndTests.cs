using System.Net;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using LiveScore._1.Functions.Chat;
using LiveScore._1.Functions.Connections;
using LiveScore.LocalCloud.Testing;

namespace LiveScore._1.IntegrationTests.Chat;

/// <summary>Several WebSocket clients chat through the local cloud; an HTTP broadcast reaches all of them.</summary>
public sealed class ChatEndToEndTests(LocalCloudFixture cloud) : IClassFixture<LocalCloudFixture>
{
    [Fact]
    public async Task Every_client_receives_every_message_with_its_sender_and_the_sender_record_keeps_it()
    {
        await using var alice = await ConnectAsync();
        await using var bob = await ConnectAsync();

        await alice.SendAsync("""{"action":"sendMessage","message":"hello from alice"}""");
        var first = await ChatAsync(alice, "hello from alice");
        Assert.Equal(first.From, (await ChatAsync(bob, "hello from alice")).From);
        // The original workshop's spelling of the field works too.
        await bob.SendAsync("""{"action":"sendMessage","Message":"hi alice"}""");
        var second = await ChatAsync(alice, "hi alice");
        Assert.Equal(second.From, (await ChatAsync(bob, "hi alice")).From);
        Assert.NotEqual(first.From, second.From);

        var record = await RecordAsync(first.From);
        Assert.Equal("hello from alice", record["latestMessage"].S);
        Assert.Equal(first.SentAt, record["latestMessageAt"].S);
    }

    [Fact]
    public async Task A_bad_frame_gets_an_error_to_its_sender_only_and_the_chat_goes_on()
    {
        await using var alice = await ConnectAsync();
        await using var bob = await ConnectAsync();
        string[] frames =
        [
            "{oops",
            """{"action":"dance"}""",
            """{"action":"sendMessage","message":""}""",
            """{"action":"sendMessage","message":"<b>bold</b>""" + "\\u0000" + "\"}",
            "{\"action\":\"sendMessage\",\"message\":\"" + new string('x', ChatRules.MaxMessageLength + 1) + "\"}",
        ];
        string[] errors = ["Not valid JSON", "Unknown action \"dance\"", "message: Must not be empty.", "message: Must not contain control characters", "message: Must be at most 4096"];

        foreach (var (frame, error) in frames.Zip(errors))
        {
            await alice.SendAsync(frame);
            using var answer = JsonDocument.Parse(await alice.ReceiveAsync());
            Assert.Equal("error", answer.RootElement.GetProperty("type").GetString());
            Assert.StartsWith(error, answer.RootElement.GetProperty("error").GetString());
        }
        await alice.SendAsync("""{"action":"sendMessage","message":"<script>alert(1)</script>"}""");

        // Bob's first message is the valid one: none of the errors reached him, and the text arrives as sent.
        Assert.Equal("<script>alert(1)</script>", (await ChatAsync(bob, null)).Message);
    }

    [Fact]
    public async Task A_broadcast_reaches_every_client_and_is_recorded()
    {
        await using var alice = await ConnectAsync();
        await using var bob = await ConnectAsync();

        using var response = await SignedPostAsync("/broadcastmessage", """{"Message":"maintenance at noon"}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(report.RootElement.GetProperty("delivered").GetInt32() >= 2, report.RootElement.GetRawText());
        Assert.Equal(0, report.RootElement.GetProperty("failed").GetInt32());

        foreach (var client in new[] { alice, bob })
        {
            using var push = JsonDocument.Parse(await client.ReceiveAsync());
            Assert.Equal("broadcast", push.RootElement.GetProperty("type").GetString());
            Assert.Equal("maintenance at noon", push.RootElement.GetProperty("message").GetString());
        }
        await alice.SendAsync("""{"action":"sendMessage","message":"who am i"}""");
        var aliceId = (await ChatAsync(alice, "who am i")).From;
        Assert.Equal("maintenance at noon", (await RecordAsync(aliceId))["latestBroadcast"].S);
    }

#if (!authNone)
    [Fact]
    public async Task An_unsigned_broadcast_is_refused_and_reaches_nobody()
    {
        await using var alice = await ConnectAsync();

        using var unsigned = await cloud.Http.PostAsync("/broadcast", Json("""{"message":"from nobody"}"""));
        using var signed = await SignedPostAsync("/broadcast", """{"message":"from an operator"}""");

        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
        using var first = JsonDocument.Parse(await alice.ReceiveAsync());
        Assert.Equal("from an operator", first.RootElement.GetProperty("message").GetString());
    }

#endif
    [Fact]
    public async Task A_broadcast_prunes_a_connection_that_is_gone_and_reports_it()
    {
        await using var live = await ConnectAsync();
        using var dynamoDb = cloud.CreateDynamoDbClient();
        var registry = new DynamoDbConnectionRegistry(dynamoDb, ConnectionsCatalog.Connections.Name);
        // A connection whose $disconnect never arrived: the table lists it, API Gateway answers 410.
        var stale = "stale-" + Guid.NewGuid().ToString("N")[..8] + "=";
        await registry.AddAsync(stale, DateTimeOffset.UtcNow, CancellationToken.None);

        using var response = await SignedPostAsync("/broadcast", """{"message":"anyone there?"}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(report.RootElement.GetProperty("pruned").GetInt32() >= 1, report.RootElement.GetRawText());
        Assert.Equal("anyone there?", JsonDocument.Parse(await live.ReceiveAsync()).RootElement.GetProperty("message").GetString());
        Assert.DoesNotContain(stale, await registry.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_closed_client_keeps_its_record_marked_disconnected_and_receives_nothing_more()
    {
        await using var leaving = await ConnectAsync();
        await leaving.SendAsync("""{"action":"sendMessage","message":"bye"}""");
        var id = (await ChatAsync(leaving, "bye")).From;

        await leaving.CloseAsync();

        var record = await Eventually.UntilAsync(() => RecordAsync(id), r => r.ContainsKey("disconnectedAt"), "the closed connection to be marked disconnected");
        Assert.Equal("bye", record["latestMessage"].S);
        using var dynamoDb = cloud.CreateDynamoDbClient();
        Assert.DoesNotContain(id, await new DynamoDbConnectionRegistry(dynamoDb, ConnectionsCatalog.Connections.Name).ListAsync(CancellationToken.None));
    }

#if (chatSignIn)
    [Fact]
    public async Task A_connection_without_a_token_listens_but_cannot_send()
    {
        await using var listener = await WebSocketClient.ConnectAsync(WebSocketUri);
        await using var chatter = await ConnectAsync();

        await listener.SendAsync("""{"action":"sendMessage","message":"anonymous"}""");
        using var refused = JsonDocument.Parse(await listener.ReceiveAsync());
        await chatter.SendAsync("""{"action":"sendMessage","message":"signed in"}""");

        Assert.Equal("error", refused.RootElement.GetProperty("type").GetString());
        Assert.StartsWith("Sign in to chat", refused.RootElement.GetProperty("error").GetString());
        Assert.Equal("signed in", (await ChatAsync(listener, null)).Message);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJldmUifQ.")]
    public async Task A_connection_with_a_token_that_is_not_valid_is_refused_with_401(string token)
    {
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAnyAsync<System.Net.WebSockets.WebSocketException>(() =>
            socket.ConnectAsync(new Uri(WebSocketUri + "?token=" + Uri.EscapeDataString(token)), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
    }

    // A signed-in customer's connection: one opened without a token only listens.
    private async Task<WebSocketClient> ConnectAsync() =>
        await WebSocketClient.ConnectAsync(new Uri(WebSocketUri + "?token=" + Uri.EscapeDataString(await cloud.AccessTokenAsync("chatter@example.com"))));
#else
    private Task<WebSocketClient> ConnectAsync() => WebSocketClient.ConnectAsync(WebSocketUri);
#endif

    private Uri WebSocketUri => new($"ws://{cloud.BaseAddress.Authority}/ws");

    /// <summary>The next message, which must be a chat message (with <paramref name="text"/> when given).</summary>
    private static async Task<ChatPush> ChatAsync(WebSocketClient client, string? text)
    {
        var json = await client.ReceiveAsync();
        var push = JsonSerializer.Deserialize<ChatPush>(json, JsonSerializerOptions.Web)!;
        Assert.True(push.Type == "chat" && (text is null || push.Message == text), json);
        return push;
    }

    private async Task<Dictionary<string, AttributeValue>> RecordAsync(string connectionId)
    {
        using var dynamoDb = cloud.CreateDynamoDbClient();
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = ConnectionsCatalog.Connections.Name,
            Key = new Dictionary<string, AttributeValue> { ["connectionId"] = new() { S = connectionId } },
            ConsistentRead = true,
        });
        return response.Item ?? [];
    }

    /// <summary>A POST signed with the local cloud's credentials, as an operator with IAM permission sends it.</summary>
    private Task<HttpResponseMessage> SignedPostAsync(string path, string body) => cloud.SignedHttp.PostAsync(path, Json(body));

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}

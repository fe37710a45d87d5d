using System.Text;
using System.Text.Json;
using Arena.Functions.Chat;
using Arena.Functions.Connections;
using Arena.Tests.Connections;
using Arena.Tests.TestDoubles;
using LiveScore.Lambda.Events;
using LiveScore.Lambda.Http;
using Microsoft.Extensions.Time.Testing;

namespace Arena.Tests.Chat;

public class ChatRoomTests
{
    private readonly FakeConnectionRegistry _registry = new(["alice", "bob", "carol"]);
    private readonly FakeMessenger _messenger = new(gone: ["carol"]);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingLog _log = new();

    private ChatRoom Room() => new(_registry, _messenger, new ConnectionBroadcaster(_registry, _messenger), _clock);

    [Theory]
    [InlineData("""{"action":"sendMessage","message":"hi all"}""")]
    [InlineData("""{"action":"sendMessage","Message":"hi all"}""")]
    public async Task A_message_reaches_every_open_connection_and_is_stored_on_the_sender(string body)
    {
        await Room().SendAsync("alice", "user-a", Encoding.UTF8.GetBytes(body), _clock.GetUtcNow(), _log, CancellationToken.None);

        var pushes = Pushes();
        Assert.Equal(["alice", "bob", "carol"], pushes.Select(p => p.Id).Order());
        using var push = JsonDocument.Parse(pushes[0].Data);
        Assert.Equal("""{"type":"chat","from":"alice","message":"hi all","sentAt":"2026-05-01T12:00:00.000Z"}""", push.RootElement.GetRawText());
        Assert.Equal("hi all", _registry.Ids["alice"].LatestMessage);
        Assert.DoesNotContain("carol", _registry.Ids.Keys);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "{\"action\":\"sendMessage\",\"message\":\"\"}", "message: Must not be empty." },
        { "{\"action\":\"sendMessage\"}", "message: Is required." },
        { "{\"action\":\"sendMessage\",\"message\":\"" + new string('x', ChatRules.MaxMessageLength + 1) + "\"}", "message: Must be at most 4096 characters." },
        { "{\"action\":\"sendMessage\",\"message\":\"a\\u0007b\"}", "message: Must not contain control characters (line breaks, tabs, NUL, escape sequences)." },
        { "{\"action\":\"sendMessage\",\"message\":42}", "message: Must be a string, not Number." },
        { "not json", "body: Not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_refused_message_answers_only_the_sender_and_stores_nothing(string body, string error)
    {
        await Room().SendAsync("alice", "user-a", Encoding.UTF8.GetBytes(body), _clock.GetUtcNow(), _log, CancellationToken.None);

        var (id, data) = Assert.Single(Pushes());
        Assert.Equal("alice", id);
        Assert.StartsWith(error, ErrorOf(data));
        Assert.Null(_registry.Ids["alice"].LatestMessage);
    }

    [Fact]
    public async Task Where_sign_in_is_required_a_connection_opened_without_it_only_listens()
    {
        var room = new ChatRoom(_registry, _messenger, new ConnectionBroadcaster(_registry, _messenger), _clock, signInRequired: true);

        await room.SendAsync("alice", null, """{"action":"sendMessage","message":"anonymous"}"""u8.ToArray(), _clock.GetUtcNow(), _log, CancellationToken.None);
        var refused = Assert.Single(Pushes());
        await room.SendAsync("bob", "user-b", """{"action":"sendMessage","message":"signed in"}"""u8.ToArray(), _clock.GetUtcNow(), _log, CancellationToken.None);

        Assert.Equal("alice", refused.Id);
        Assert.StartsWith("Sign in to chat", ErrorOf(refused.Data));
        Assert.Null(_registry.Ids["alice"].LatestMessage);
        Assert.Contains(Pushes(), p => p.Id == "alice" && Encoding.UTF8.GetString(p.Data).Contains("signed in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_message_within_the_interval_is_refused_and_one_after_it_goes_through()
    {
        var room = Room();
        await room.SendAsync("bob", "user-b", """{"action":"sendMessage","message":"one"}"""u8.ToArray(), _clock.GetUtcNow(), _log, CancellationToken.None);
        _clock.Advance(ChatRules.MessageInterval - TimeSpan.FromMilliseconds(1));
        await room.SendAsync("bob", "user-b", """{"action":"sendMessage","message":"two"}"""u8.ToArray(), _clock.GetUtcNow(), _log, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await room.SendAsync("bob", "user-b", """{"action":"sendMessage","message":"three"}"""u8.ToArray(), _clock.GetUtcNow(), _log, CancellationToken.None);

        var toBob = Pushes().Where(p => p.Id == "bob").Select(p => Encoding.UTF8.GetString(p.Data)).ToList();
        Assert.Equal(3, toBob.Count);
        Assert.Contains(toBob, p => p.Contains("Too fast", StringComparison.Ordinal));
        Assert.DoesNotContain(toBob, p => p.Contains("\"two\"", StringComparison.Ordinal));
        Assert.Equal("three", _registry.Ids["bob"].LatestMessage);
    }

    [Fact]
    public async Task A_closed_connection_cannot_send()
    {
        await _registry.MarkDisconnectedAsync("bob", _clock.GetUtcNow(), CancellationToken.None);

        await Room().SendAsync("bob", "user-b", """{"action":"sendMessage","message":"late"}"""u8.ToArray(), _clock.GetUtcNow(), _log, CancellationToken.None);

        Assert.Empty(Pushes());
        Assert.Contains(_log.Entries, e => e.Message.Contains("not recorded as open", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"action":"dance"}""", "Unknown action \"dance\"")]
    [InlineData("""{"message":"hi"}""", "A message needs an \"action\"")]
    [InlineData("{oops", "Not valid JSON")]
    public async Task A_message_without_a_route_gets_an_error_naming_what_is_wrong(string body, string error)
    {
        var message = new WebSocketRequest
        {
            RequestContext = new WebSocketRequestContext { RouteKey = "$default", ConnectionId = "alice", EventType = WebSocketEventType.Message },
            Body = body,
        };

        await new UnknownActionHandler(_messenger).InvokeAsync(JsonSerializer.SerializeToUtf8Bytes(message, HostingJsonContext.Default.WebSocketRequest), RecordingLog.Context());

        var (id, data) = Assert.Single(Pushes());
        Assert.Equal("alice", id);
        Assert.StartsWith(error, ErrorOf(data));
    }

    [Fact]
    public async Task A_broadcast_reaches_every_open_connection_is_recorded_on_each_and_reports_the_counts()
    {
        await _registry.MarkDisconnectedAsync("alice", _clock.GetUtcNow(), CancellationToken.None);

        var report = await Room().BroadcastAsync("maintenance at noon", _log, CancellationToken.None);

        Assert.Equal(new BroadcastReport(1, 1, 0, "2026-05-01T12:00:00.000Z"), report);
        var (id, data) = Assert.Single(Pushes(), p => p.Id == "bob");
        Assert.Equal("""{"type":"broadcast","message":"maintenance at noon","sentAt":"2026-05-01T12:00:00.000Z"}""", Encoding.UTF8.GetString(data));
        Assert.Equal("maintenance at noon", _registry.Ids["bob"].LatestBroadcast);
        Assert.Null(_registry.Ids["alice"].LatestBroadcast);
    }

    [Fact]
    public async Task The_broadcast_api_refuses_bad_input_with_a_problem_naming_the_field()
    {
        var api = new BroadcastApi(Room());

        var result = await api.HandleAsync(Request("""{"message":"a\nb"}"""), _log, CancellationToken.None);

        Assert.Equal(400, result.StatusCode);
        Assert.Contains("control characters", Encoding.UTF8.GetString(result.Body), StringComparison.Ordinal);
        Assert.Empty(Pushes());
    }

    [Fact]
    public async Task The_broadcast_api_accepts_the_original_workshop_body_with_202()
    {
        var result = await new BroadcastApi(Room()).HandleAsync(Request("""{"Message":"hello"}"""), _log, CancellationToken.None);

        Assert.Equal(202, result.StatusCode);
        Assert.Equal("""{"delivered":2,"pruned":1,"failed":0,"sentAt":"2026-05-01T12:00:00.000Z"}""", Encoding.UTF8.GetString(result.Body));
    }

    private static HttpRequestData Request(string body) =>
        new("POST", "/broadcastmessage", new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body));

    private List<(string Id, byte[] Data)> Pushes() => [.. _messenger.Posted];

    private static string ErrorOf(byte[] data)
    {
        using var push = JsonDocument.Parse(data);
        Assert.Equal("error", push.RootElement.GetProperty("type").GetString());
        return push.RootElement.GetProperty("error").GetString()!;
    }
}

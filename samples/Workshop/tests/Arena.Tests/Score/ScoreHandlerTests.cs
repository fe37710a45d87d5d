using System.Text;
using System.Text.Json;
using Arena.Functions.Connections;
using LiveScore.Lambda.Delivery;
using Arena.Functions.Score;
using Arena.Tests.Connections;
using Arena.Tests.TestDoubles;

namespace Arena.Tests.Score;

/// <summary>The handlers end to end through their event formats, with fakes at the ports.</summary>
public class ScoreHandlerTests
{
    [Fact]
    public async Task Score_api_answers_an_HTTP_API_event_with_a_payload_2_0_response()
    {
        var store = new FakePlayerStore();
        var handler = new ScoreApiHandler(new ScoreApi(store, TimeProvider.System));
        var body = Convert.ToBase64String("""{"score":12,"name":"Ada <3"}"""u8);
        var request = $$"""
            {"version":"2.0","routeKey":"PUT /players/{playerId}","rawPath":"/players/p-9","rawQueryString":"",
             "headers":{"content-type":"application/json"},"pathParameters":{"playerId":"p-9"},
             "requestContext":{"http":{"method":"PUT","path":"/players/p-9"},"requestId":"r1","routeKey":"PUT /players/{playerId}","stage":"$default"},
             "body":"{{body}}","isBase64Encoded":true}
            """;

        var response = await handler.InvokeAsync(Encoding.UTF8.GetBytes(request), RecordingLog.Context());

        using var json = JsonDocument.Parse(response);
        Assert.Equal(201, json.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/json", json.RootElement.GetProperty("headers").GetProperty("content-type").GetString());
        var player = json.RootElement.GetProperty("body").GetString()!;
        Assert.Contains("\"name\":\"Ada <3\"", player, StringComparison.Ordinal);
        Assert.Equal(12, store.Players["p-9"].Score);
    }

    [Fact]
    public async Task Score_api_accepts_a_minimal_event_without_headers_or_query()
    {
        var handler = new ScoreApiHandler(new ScoreApi(new FakePlayerStore(), TimeProvider.System));
        var request = """{"version":"2.0","rawPath":"/players","requestContext":{"http":{"method":"POST","path":"/players"}},"body":"{\"playerId\":\"p1\",\"name\":\"Ada\",\"score\":-1}"}""";

        var response = await handler.InvokeAsync(Encoding.UTF8.GetBytes(request), RecordingLog.Context());

        using var json = JsonDocument.Parse(response);
        Assert.Equal(400, json.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Contains("score", json.RootElement.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_stream_reports_the_lowest_failed_record_and_keeps_each_players_changes_in_order()
    {
        var publisher = new RecordingPublisher { FailWhen = n => n.Attributes["playerId"] == "p-2" };
        var registry = new FakeConnectionRegistry(["c1"]);
        var messenger = new FakeMessenger(gone: []);
        var processor = new ScoreChangeProcessor(publisher, new ConnectionBroadcaster(registry, messenger), new InMemoryDeliveryLedger(), "arn:topic");
        var handler = new ScoreStreamHandler(processor);
        var log = new RecordingLog();

        var response = await handler.InvokeAsync(Encoding.UTF8.GetBytes(StreamEvent("p-1", "p-2", "p-3", "p-2")), RecordingLog.Context(log));

        // Lambda resumes from the failed record; p-2's later change waited for it, other players went ahead.
        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"200"}]}""", Encoding.UTF8.GetString(response));
        Assert.Equal(["p-1", "p-3"], publisher.Sent.Select(n => n.Attributes["playerId"]).Order());
        Assert.Single(log.Entries, e => e.Level == LiveScore.Lambda.LogLevel.Error && e.Exception is not null);
    }

    [Fact]
    public async Task Score_stream_answers_no_failures_when_every_record_succeeds()
    {
        var publisher = new RecordingPublisher();
        var registry = new FakeConnectionRegistry(["c1", "c2"]);
        var messenger = new FakeMessenger(gone: []);
        var handler = new ScoreStreamHandler(new ScoreChangeProcessor(publisher, new ConnectionBroadcaster(registry, messenger), new InMemoryDeliveryLedger(), "arn:topic"));

        var response = await handler.InvokeAsync(Encoding.UTF8.GetBytes(StreamEvent("p-1", "p-1", "p-2")), RecordingLog.Context());

        Assert.Equal("""{"batchItemFailures":[]}""", Encoding.UTF8.GetString(response));
        Assert.Equal(3, publisher.Sent.Count);
        Assert.Equal(6, messenger.Posted.Count);
    }

    private static string StreamEvent(params string[] players) =>
        "{\"Records\":[" + string.Join(',', players.Select((p, i) => $$$"""
            {"eventID":"e{{{i}}}","eventName":"MODIFY","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1",
             "eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/Players/stream/2026-01-01T00:00:00.000",
             "dynamodb":{"Keys":{"playerId":{"S":"{{{p}}}"}},
               "NewImage":{"playerId":{"S":"{{{p}}}"},"name":{"S":"N"},"score":{"N":"5"},"version":{"N":"2"},"updatedAt":{"S":"t"}},
               "OldImage":{"playerId":{"S":"{{{p}}}"},"name":{"S":"N"},"score":{"N":"1"},"version":{"N":"1"},"updatedAt":{"S":"t"}},
               "SequenceNumber":"{{{(i + 1) * 100}}}","SizeBytes":10,"StreamViewType":"NEW_AND_OLD_IMAGES"}}
            """)) + "]}";
}

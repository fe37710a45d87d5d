using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Testing;
using LiveScore.LocalCloud;
using LiveScore.LocalCloud.Sns;
using LiveScore._1.IntegrationTests.LocalCloud;

namespace LiveScore._1.IntegrationTests.Score;

/// <summary>
/// The score feature through the local cloud over real HTTP: API → Players table → stream mapping → score-stream → SNS
/// outbox. Runs with embedded tables and with DynamoDB Local; player ids are unique, so tables may be reused.
/// </summary>
public sealed class ScoreEndToEndTests(LocalCloudFixture embedded, DynamoDbLocalCloudFixture dynamoDbLocal)
    : IClassFixture<LocalCloudFixture>, IClassFixture<DynamoDbLocalCloudFixture>
{
    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task Each_player_change_sends_one_notification(string endpoint)
    {
        var cloud = endpoint == TestTables.Embedded ? embedded : dynamoDbLocal;
        var id = NewPlayerId();

        await Expect(HttpStatusCode.Created, cloud.SignedHttp.PostAsync("/players", Json($$"""{"playerId":"{{id}}","name":"Ada","score":10}""")));
        await Expect(HttpStatusCode.OK, cloud.SignedHttp.PutAsync($"/players/{id}", Json("""{"score":25}""")));
        await Expect(HttpStatusCode.NoContent, cloud.SignedHttp.DeleteAsync($"/players/{id}"));

        var messages = await Eventually.UntilAsync(() => OutboxFor(cloud, id), m => m.Count >= 3, $"three notifications for {id}", context: () => cloud.Console);
        Assert.Equal(["New player Ada: score 10", "Ada: score 10 -> 25", "Player Ada removed"], messages.Select(m => m.Subject));
        Assert.Equal(["INSERT", "MODIFY", "REMOVE"], messages.Select(m => m.Attributes["eventType"]));
    }

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task The_invoke_api_runs_the_stream_function_with_a_raw_event(string endpoint)
    {
        var cloud = endpoint == TestTables.Embedded ? embedded : dynamoDbLocal;
        var id = NewPlayerId();
        var image = new Dictionary<string, AttributeValue>
        {
            ["playerId"] = new() { S = id },
            ["name"] = new() { S = "Zed" },
            ["score"] = new() { N = "7" },
            ["version"] = new() { N = "1" },
            ["updatedAt"] = new() { S = "2025-01-15T09:30:00.000Z" },
            ["board"] = new() { S = "global" },
        };
        var streamEvent = new DynamoDbStreamEvent
        {
            Records =
            [
                new DynamoDbStreamRecord
                {
                    EventId = Guid.NewGuid().ToString("N"),
                    EventName = StreamEventName.Insert,
                    EventVersion = "1.1",
                    EventSource = "aws:dynamodb",
                    AwsRegion = "us-east-1",
                    EventSourceArn = "arn:aws:dynamodb:us-east-1:000000000000:table/Players/stream/2025-01-15T09:00:00.000",
                    Dynamodb = new StreamRecordData
                    {
                        ApproximateCreationDateTime = 1736933400,
                        Keys = new Dictionary<string, AttributeValue> { ["playerId"] = new() { S = id } },
                        NewImage = image,
                        SequenceNumber = "4100000000000000000000001",
                        SizeBytes = 120,
                        StreamViewType = "NEW_AND_OLD_IMAGES",
                    },
                },
            ],
        };

        using var response = await cloud.Http.PostAsync("/2015-03-31/functions/score-stream/invocations",
            new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(streamEvent, HostingJsonContext.Default.DynamoDbStreamEvent)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Amz-Function-Error"), await response.Content.ReadAsStringAsync());
        var result = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), HostingJsonContext.Default.BatchResponse)!;
        Assert.Empty(result.BatchItemFailures);
        // The function published before it answered: the notification is already there.
        var message = Assert.Single(await OutboxFor(cloud, id));
        Assert.Equal("New player Zed: score 7", message.Subject);
    }

    [Fact]
    public async Task Seed_000_requests_to_its_one_resource_insert_update_and_delete_and_each_sends_its_email()
    {
        var id = NewPlayerId();

        await Expect(HttpStatusCode.Created, embedded.SignedHttp.PostAsync("/FetchGameDetailsFunction", Json($$"""{"playerId":"{{id}}","name":"Ada","score":10}""")));
        await Expect(HttpStatusCode.OK, embedded.SignedHttp.PutAsync("/FetchGameDetailsFunction", Json($$"""{"playerId":"{{id}}","score":25}""")));
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/FetchGameDetailsFunction") { Content = Json($$"""{"playerId":"{{id}}"}""") };
        await Expect(HttpStatusCode.NoContent, embedded.SignedHttp.SendAsync(delete));

        var messages = await Eventually.UntilAsync(() => OutboxFor(embedded, id), m => m.Count >= 3, $"three notifications for {id}", context: () => embedded.Console);
        Assert.Equal(["INSERT", "MODIFY", "REMOVE"], messages.Select(m => m.Attributes["eventType"]));
    }

#if (authNone)
    [Fact]
    public async Task With_auth_none_anyone_may_write_players()
    {
        var id = NewPlayerId();

        await Expect(HttpStatusCode.Created, embedded.Http.PostAsync("/players", Json($$"""{"playerId":"{{id}}","name":"Ada","score":10}""")));
        await Expect(HttpStatusCode.OK, embedded.Http.PutAsync("/FetchGameDetailsFunction", Json($$"""{"playerId":"{{id}}","score":11}""")));
    }
#else
    [Fact]
    public async Task Player_writes_need_a_signature_and_change_nothing_without_one_while_reads_are_public()
    {
        var id = NewPlayerId();
        await Expect(HttpStatusCode.Created, embedded.SignedHttp.PostAsync("/players", Json($$"""{"playerId":"{{id}}","name":"Ada","score":10}""")));

        await Expect(HttpStatusCode.Forbidden, embedded.Http.PostAsync("/players", Json($$"""{"playerId":"{{NewPlayerId()}}","name":"Eve","score":1}""")));
        await Expect(HttpStatusCode.Forbidden, embedded.Http.PutAsync($"/players/{id}", Json("""{"score":99}""")));
        await Expect(HttpStatusCode.Forbidden, embedded.Http.DeleteAsync($"/players/{id}"));
        await Expect(HttpStatusCode.Forbidden, embedded.Http.PutAsync("/FetchGameDetailsFunction", Json($$"""{"playerId":"{{id}}","score":99}""")));

        using var player = await embedded.Http.GetAsync($"/players/{id}");
        Assert.Equal(HttpStatusCode.OK, player.StatusCode);
        using var stored = JsonDocument.Parse(await player.Content.ReadAsStringAsync());
        Assert.Equal(10, stored.RootElement.GetProperty("score").GetInt32());
        await Expect(HttpStatusCode.OK, embedded.Http.GetAsync("/leaderboard"));
    }
#endif

    private static async Task<IReadOnlyList<OutboxMessage>> OutboxFor(LocalCloudFixture cloud, string playerId)
    {
        var outbox = await cloud.Http.GetFromJsonAsync("/_local/outbox", LocalJsonContext.Default.IReadOnlyListOutboxMessage);
        return outbox!.Where(m => m.Attributes.GetValueOrDefault("playerId") == playerId).ToList();
    }

    private static async Task Expect(HttpStatusCode status, Task<HttpResponseMessage> request)
    {
        using var response = await request;
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    private static string NewPlayerId() => "e2e-" + Guid.NewGuid().ToString("N")[..12];
}

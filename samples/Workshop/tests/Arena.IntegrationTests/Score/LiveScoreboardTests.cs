using System.Net;
using System.Text;
using System.Text.Json;
using Arena.Functions.Connections;
using LiveScore.LocalCloud.Testing;

namespace Arena.IntegrationTests.Score;

/// <summary>Browsers connected to /ws see every change of the Players table, pushed through @connections.</summary>
public sealed class LiveScoreboardTests(LocalCloudFixture cloud) : IClassFixture<LocalCloudFixture>
{
    [Fact]
    public async Task Every_subscriber_receives_insert_modify_and_remove()
    {
        await using var first = await WebSocketClient.ConnectAsync(WebSocketUri());
        await using var second = await WebSocketClient.ConnectAsync(WebSocketUri());
        var id = "live-" + Guid.NewGuid().ToString("N")[..10];

        await Send(HttpMethod.Post, "/players", $$"""{"playerId":"{{id}}","name":"Ada","score":10}""", HttpStatusCode.Created);
        await AssertBothReceive("insert", id, score: 10, previousScore: null);
        await Send(HttpMethod.Put, $"/players/{id}", """{"score":30}""", HttpStatusCode.OK);
        await AssertBothReceive("modify", id, score: 30, previousScore: 10);
        await Send(HttpMethod.Delete, $"/players/{id}", null, HttpStatusCode.NoContent);
        await AssertBothReceive("remove", id, score: null, previousScore: 30);

        async Task AssertBothReceive(string op, string playerId, long? score, long? previousScore)
        {
            foreach (var client in new[] { first, second })
            {
                using var message = JsonDocument.Parse(await client.ReceiveAsync());
                var root = message.RootElement;
                Assert.Equal("score", root.GetProperty("type").GetString());
                Assert.Equal(op, root.GetProperty("op").GetString());
                var player = root.TryGetProperty("player", out var p) ? p : root.GetProperty("previous");
                Assert.Equal(playerId, player.GetProperty("playerId").GetString());
                Assert.Equal(score, root.TryGetProperty("player", out var now) ? now.GetProperty("score").GetInt64() : null);
                Assert.Equal(previousScore, root.TryGetProperty("previous", out var before) ? before.GetProperty("score").GetInt64() : null);
            }
        }
    }

    [Fact]
    public async Task A_connection_that_is_gone_is_pruned_on_the_next_push()
    {
        await using var live = await WebSocketClient.ConnectAsync(WebSocketUri());
        using var dynamoDb = cloud.CreateDynamoDbClient();
        var connections = new DynamoDbConnectionRegistry(dynamoDb, ConnectionsCatalog.Connections.Name);
        // A connection whose $disconnect never arrived: the table still lists it, API Gateway answers 410.
        const string stale = "stale-connection-id";
        await connections.AddAsync(stale, DateTimeOffset.UtcNow, CancellationToken.None);

        var id = "prune-" + Guid.NewGuid().ToString("N")[..10];
        await Send(HttpMethod.Post, "/players", $$"""{"playerId":"{{id}}","name":"Bo","score":1}""", HttpStatusCode.Created);
        using var pushed = JsonDocument.Parse(await live.ReceiveAsync());

        Assert.Equal(id, pushed.RootElement.GetProperty("player").GetProperty("playerId").GetString());
        await Eventually.UntilAsync(() => connections.ListAsync(CancellationToken.None), ids => !ids.Contains(stale), "the stale connection to be pruned");
    }

    private Uri WebSocketUri() => new($"ws://{cloud.BaseAddress.Authority}/ws");

    private async Task Send(HttpMethod method, string path, string? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await cloud.SignedHttp.SendAsync(request);
        Assert.True(response.StatusCode == expected, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

using System.Text.Json;
using Arena.Functions.Connections;
using Arena.Functions.Score;
using Arena.Tests.Connections;
using Arena.Tests.TestDoubles;
using LiveScore.Lambda.Delivery;

namespace Arena.Tests.Score;

public class ScoreChangeProcessorTests
{
    private static readonly Player Before = new("p-1", "Ada", 10, 1, "2026-01-01T00:00:00.000Z");
    private static readonly Player After = new("p-1", "Ada", 42, 2, "2026-01-01T00:01:00.000Z");

    private readonly RecordingPublisher _publisher = new();
    private readonly FakeConnectionRegistry _registry = new(["c1", "c2"]);
    private readonly FakeMessenger _messenger = new(gone: []);
    private readonly InMemoryDeliveryLedger _ledger = new();

    private ScoreChangeProcessor Processor() =>
        new(_publisher, new ConnectionBroadcaster(_registry, _messenger), _ledger, "arn:aws:sns:us-east-1:123456789012:LiveGameScore");

    [Fact]
    public async Task A_change_sends_one_email_and_one_push_per_client()
    {
        await Processor().ProcessAsync(new ScoreChange("e1", "MODIFY", After, Before), new RecordingLog(), CancellationToken.None);

        var email = Assert.Single(_publisher.Sent);
        Assert.Contains("10 -> 42", email.Subject, StringComparison.Ordinal);
        Assert.Contains("from 10 to 42", email.Message, StringComparison.Ordinal);
        Assert.Equal("MODIFY", email.Attributes["eventType"]);
        Assert.Equal("p-1", email.Attributes["playerId"]);
        Assert.Equal(2, _messenger.Posted.Count);
        using var push = JsonDocument.Parse(_messenger.Posted.First().Data);
        Assert.Equal("score", push.RootElement.GetProperty("type").GetString());
        Assert.Equal("modify", push.RootElement.GetProperty("op").GetString());
        Assert.Equal(42, push.RootElement.GetProperty("player").GetProperty("score").GetInt64());
        Assert.Equal(10, push.RootElement.GetProperty("previous").GetProperty("score").GetInt64());
    }

    [Fact]
    public async Task A_redelivered_record_sends_nothing_twice()
    {
        var change = new ScoreChange("e1", "INSERT", After, null);

        await Processor().ProcessAsync(change, new RecordingLog(), CancellationToken.None);
        await Processor().ProcessAsync(change, new RecordingLog(), CancellationToken.None);

        Assert.Single(_publisher.Sent);
        Assert.Equal(2, _messenger.Posted.Count);
    }

    [Fact]
    public async Task A_failed_publish_is_released_so_the_retry_sends_it()
    {
        _publisher.FailNext = true;
        var change = new ScoreChange("e1", "REMOVE", null, Before);

        await Assert.ThrowsAsync<HttpRequestException>(() => Processor().ProcessAsync(change, new RecordingLog(), CancellationToken.None));
        await Processor().ProcessAsync(change, new RecordingLog(), CancellationToken.None);

        var email = Assert.Single(_publisher.Sent);
        Assert.Contains("removed", email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Subjects_stay_ascii_and_short()
    {
        var player = new Player("p", "Zoë " + new string('x', 200), 1, 1, "t");

        var notification = ScoreNotifications.For(new ScoreChange("e", "INSERT", player, null), "arn");

        Assert.True(notification.Subject.Length < 100);
        Assert.All(notification.Subject, c => Assert.InRange(c, ' ', '~'));
        Assert.Contains("Zoë", notification.Message, StringComparison.Ordinal);
    }
}

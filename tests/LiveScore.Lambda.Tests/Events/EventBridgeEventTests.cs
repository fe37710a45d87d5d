using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Tests.Events;

public class EventBridgeEventTests
{
    private const string Sample = "eventbridge-s3-object-created.json";

    [Fact]
    public void Reads_the_envelope_and_keeps_detail_as_json()
    {
        var @event = Payload.Read(Sample, HostingJsonContext.Default.EventBridgeEvent);

        Assert.Equal("0", @event.Version);
        Assert.Equal("5e0b7c1a-93f2-4d8e-b6a4-2c7f1e9d3a80", @event.Id);
        Assert.Equal("Object Created", @event.DetailType);
        Assert.Equal("aws.s3", @event.Source);
        Assert.Equal("123456789012", @event.Account);
        Assert.Equal("2025-01-15T10:00:00Z", @event.Time);
        Assert.Equal("eu-west-1", @event.Region);
        Assert.Equal(["arn:aws:s3:::crest-uploads-123456789012"], @event.Resources);

        var detailObject = @event.Detail.GetProperty("object");
        Assert.Equal("crests/rovers.png", detailObject.GetProperty("key").GetString());
        Assert.Equal(48213, detailObject.GetProperty("size").GetInt64());
        Assert.Equal("PutObject", @event.Detail.GetProperty("reason").GetString());
    }

    [Fact]
    public void Round_trip_keeps_every_field()
    {
        Assert.Empty(Payload.RoundTripDifferences(Sample, HostingJsonContext.Default.EventBridgeEvent));
    }

    [Fact]
    public void An_event_built_without_detail_still_serializes_with_an_empty_detail()
    {
        var json = Payload.Serialize(new EventBridgeEvent { Source = "app.scores", DetailType = "Score Changed" }, HostingJsonContext.Default.EventBridgeEvent);

        Assert.Equal("{}", json.GetProperty("detail").GetRawText());
        Assert.Equal("Score Changed", json.GetProperty("detail-type").GetString());
    }
}

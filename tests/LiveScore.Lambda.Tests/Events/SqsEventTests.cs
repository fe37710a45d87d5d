using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Tests.Events;

public class SqsEventTests
{
    private const string Sample = "sqs-event.json";

    [Fact]
    public void Reads_every_field_of_the_documented_sqs_event()
    {
        var records = Payload.Read(Sample, HostingJsonContext.Default.SqsEvent).Records;

        Assert.Equal(2, records.Count);
        var first = records[0];
        Assert.Equal("7b2f5c1e-0d4a-4d35-9d2f-5f0f1c9e8a01", first.MessageId);
        Assert.Equal("""{"productId":"p-1","customerId":"c-9"}""", first.Body);
        Assert.Equal("1736935200123", first.Attributes["SentTimestamp"]);
        Assert.Equal("web", first.MessageAttributes["source"].StringValue);
        Assert.Equal("String", first.MessageAttributes["source"].DataType);
        Assert.Equal("arn:aws:sqs:eu-west-1:123456789012:ProductVisits", first.EventSourceArn);
        Assert.Equal([1, 3], records.Select(r => r.ReceiveCount));
    }

    [Fact]
    public void Round_trips_without_losing_a_field()
    {
        Assert.Empty(Payload.RoundTripDifferences(Sample, HostingJsonContext.Default.SqsEvent));
    }
}

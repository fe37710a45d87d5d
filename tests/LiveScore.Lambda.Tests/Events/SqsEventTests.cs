using System.Security.Cryptography;
using System.Text;
using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Tests.Events;

public class SqsEventTests
{
    private const string Sample = "sqs.json";

    [Fact]
    public void Reads_both_messages()
    {
        var messages = Payload.Read(Sample, HostingJsonContext.Default.SqsEvent).Records;

        Assert.Equal(2, messages.Count);
        Assert.Equal(["3b8e4f0a-6a57-4c1e-9d2e-8f6b1a2c3d4e", "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f"], messages.Select(m => m.MessageId));
        Assert.All(messages, message =>
        {
            Assert.Equal("aws:sqs", message.EventSource);
            Assert.Equal("arn:aws:sqs:eu-west-1:123456789012:score-events", message.EventSourceArn);
            Assert.Equal("eu-west-1", message.AwsRegion);
            Assert.StartsWith("AQEB", message.ReceiptHandle);
        });

        var first = messages[0];
        Assert.Equal("""{"gameId":"g-42","home":2,"away":1,"note":"<b>Müller</b> & \"Co\""}""", first.Body);
        Assert.Equal("1", first.Attributes["ApproximateReceiveCount"]);
        Assert.Equal("1736935200250", first.Attributes["SentTimestamp"]);
        Assert.Equal("5d41402abc4b2a76b9719d911017c592", first.Md5OfMessageAttributes);

        var eventType = first.MessageAttributes["eventType"];
        Assert.Equal("String", eventType.DataType);
        Assert.Equal("ScoreChanged", eventType.StringValue);
        Assert.Empty(eventType.StringListValues!);
        Assert.Empty(eventType.BinaryListValues!);
        Assert.Null(eventType.BinaryBytes());

        var signature = first.MessageAttributes["signature"];
        Assert.Equal("Binary", signature.DataType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], signature.BinaryBytes());

        var second = messages[1];
        Assert.Equal("3", second.Attributes["ApproximateReceiveCount"]);
        Assert.StartsWith("Root=1-", second.Attributes["AWSTraceHeader"]);
        Assert.Empty(second.MessageAttributes);
        Assert.Null(second.Md5OfMessageAttributes);
    }

    [Fact]
    public void Body_is_read_exactly_as_sent_so_its_md5_matches()
    {
        Assert.All(Payload.Read(Sample, HostingJsonContext.Default.SqsEvent).Records, message =>
            Assert.Equal(message.Md5OfBody, Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(message.Body)))));
    }

    [Fact]
    public void Round_trip_keeps_every_field()
    {
        Assert.Empty(Payload.RoundTripDifferences(Sample, HostingJsonContext.Default.SqsEvent));
    }
}

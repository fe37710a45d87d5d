using System.Globalization;
using System.Text.Json;
using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Tests.Events;

public class DynamoDbStreamEventTests
{
    private const string Sample = "dynamodb-stream.json";
    private const string PreciseNumber = "12345678901234567890.123456789";

    private static DynamoDbStreamEvent Read() => Payload.Read(Sample, HostingJsonContext.Default.DynamoDbStreamEvent);

    private static IReadOnlyDictionary<string, AttributeValue> InsertedItem() => Read().Records[0].Dynamodb.NewImage!;

    [Fact]
    public void Reads_insert_modify_and_remove_records()
    {
        var records = Read().Records;

        Assert.Equal([StreamEventName.Insert, StreamEventName.Modify, StreamEventName.Remove], records.Select(r => r.EventName));
        Assert.Equal(["111100000000012345678901", "111200000000012345678902", "111300000000012345678903"],
            records.Select(r => r.Dynamodb.SequenceNumber));
        Assert.All(records, record =>
        {
            Assert.Equal("aws:dynamodb", record.EventSource);
            Assert.Equal("1.1", record.EventVersion);
            Assert.Equal("eu-west-1", record.AwsRegion);
            Assert.Equal("arn:aws:dynamodb:eu-west-1:123456789012:table/Scores/stream/2025-01-15T09:00:00.000", record.EventSourceArn);
            Assert.Equal("NEW_AND_OLD_IMAGES", record.Dynamodb.StreamViewType);
        });

        var insert = records[0];
        Assert.Equal("c4ca4238a0b923820dcc509a6f75849b", insert.EventId);
        Assert.Equal(1736935200m, insert.Dynamodb.ApproximateCreationDateTime);
        Assert.Equal(412, insert.Dynamodb.SizeBytes);
        Assert.Equal("GAME#g-42", insert.Dynamodb.Keys["pk"].S);
        Assert.Equal("EVENT#0001", insert.Dynamodb.Keys["sk"].S);
        Assert.Null(insert.Dynamodb.OldImage);
        Assert.Null(insert.UserIdentity);

        var modify = records[1];
        Assert.Equal("7", modify.Dynamodb.OldImage!["version"].N);
        Assert.Equal("8", modify.Dynamodb.NewImage!["version"].N);
        Assert.Equal("2", modify.Dynamodb.NewImage["home"].N);

        var remove = records[2];
        Assert.Null(remove.Dynamodb.NewImage);
        Assert.Equal("1736935300", remove.Dynamodb.OldImage!["expiresAt"].N);
        Assert.Equal("Service", remove.UserIdentity!.Type);
        Assert.Equal("dynamodb.amazonaws.com", remove.UserIdentity.PrincipalId);
    }

    [Fact]
    public void Reads_every_attribute_value_type()
    {
        var item = InsertedItem();

        Assert.Equal("Müller scores <again> & \"again\"", item["note"].S);
        Assert.Equal(PreciseNumber, item["score"].N);
        Assert.Equal(new byte[] { 0xDE, 0xAD, 0xBE, 0xEF, 0xFB, 0xFF }, item["thumbnail"].BinaryValue());
        Assert.Equal(["derby", "live"], item["tags"].SS);
        Assert.Equal(["1", "2.5", "-3E+2", "99999999999999999999999999999999999999"], item["splits"].NS);
        Assert.Equal([[1, 2, 3], [0xFB, 0xEF, 0xBE]], item["hashes"].BinarySetValues()!);
        Assert.True(item["referee"].NULL);
        Assert.False(item["final"].BOOL);

        var home = item["home"].M!;
        Assert.Equal("Rovers", home["name"].S);
        Assert.Equal("Keeper", home["lineup"].L![0].S);
        Assert.Equal("7", home["lineup"].L![1].N);
        Assert.Equal("12", home["stats"].M!["shots"].N);
        Assert.True(home["stats"].M!["extra"].M!["overtime"].BOOL);

        var timeline = item["timeline"].L!;
        Assert.Equal("kick-off", timeline[0].S);
        Assert.Equal("0.5", timeline[1].N);
        Assert.False(timeline[2].BOOL);
        Assert.True(timeline[3].NULL);
        Assert.Equal("12", timeline[4].M!["minute"].N);
        Assert.Empty(timeline[5].L!);
    }

    [Fact]
    public void Only_the_one_type_present_is_set_on_an_attribute_value()
    {
        var score = InsertedItem()["score"];

        Assert.Equal([PreciseNumber], new object?[] { score.S, score.N, score.B, score.SS, score.NS, score.BS, score.M, score.L, score.NULL, score.BOOL }.OfType<object>());
    }

    [Fact]
    public void Round_trip_keeps_every_field()
    {
        Assert.Empty(Payload.RoundTripDifferences(Sample, HostingJsonContext.Default.DynamoDbStreamEvent));
    }

    [Fact]
    public void Numbers_keep_every_digit_through_a_round_trip()
    {
        // The sample number is one that a double cannot hold.
        Assert.NotEqual(PreciseNumber, double.Parse(PreciseNumber, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));

        var json = Payload.Serialize(Read(), HostingJsonContext.Default.DynamoDbStreamEvent);
        var records = json.GetProperty("Records");

        Assert.Equal(PreciseNumber, records[0].GetProperty("dynamodb").GetProperty("NewImage").GetProperty("score").GetProperty("N").GetString());
        Assert.Equal("1736935200", records[0].GetProperty("dynamodb").GetProperty("ApproximateCreationDateTime").GetRawText());
        Assert.Equal("1736935320.0", records[2].GetProperty("dynamodb").GetProperty("ApproximateCreationDateTime").GetRawText());
    }

    [Fact]
    public void Binary_values_are_base64_in_both_directions()
    {
        byte[] bytes = [0xDE, 0xAD, 0xBE, 0xEF, 0xFB, 0xFF];

        var single = AttributeValue.FromBinary(bytes);
        var set = AttributeValue.FromBinarySet([[1, 2, 3], [0xFB, 0xEF, 0xBE]]);

        Assert.Equal("3q2+7/v/", single.B);
        Assert.Equal(bytes, single.BinaryValue());
        Assert.Equal(["AQID", "++++"], set.BS);
        Assert.Equal([[1, 2, 3], [0xFB, 0xEF, 0xBE]], set.BinarySetValues()!);
        Assert.Null(new AttributeValue { S = "text" }.BinaryValue());
        Assert.Null(new AttributeValue { S = "text" }.BinarySetValues());

        var written = JsonSerializer.Serialize(single, HostingJsonContext.Default.AttributeValue);
        Assert.Equal(bytes, JsonSerializer.Deserialize(written, HostingJsonContext.Default.AttributeValue)!.BinaryValue());
    }

    [Fact]
    public void Attribute_values_are_written_with_the_uppercase_wire_names_only()
    {
        Assert.Equal("""{"NULL":true}""", JsonSerializer.Serialize(new AttributeValue { NULL = true }, HostingJsonContext.Default.AttributeValue));
        Assert.Equal("""{"BOOL":false}""", JsonSerializer.Serialize(new AttributeValue { BOOL = false }, HostingJsonContext.Default.AttributeValue));
        Assert.Equal("""{"M":{"n":{"N":"1"}}}""",
            JsonSerializer.Serialize(new AttributeValue { M = new Dictionary<string, AttributeValue> { ["n"] = new() { N = "1" } } }, HostingJsonContext.Default.AttributeValue));
    }
}

using System.Globalization;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Tables;
using KeyType = LiveScore.Lambda.Catalog.KeyType;

namespace LiveScore.LocalCloud.Tests.Tables;

public sealed class EmbeddedTableTests
{
    private static readonly TableDefinition Games = new("Games", new KeyAttribute("gameId", KeyType.String))
    {
        SortKey = new KeyAttribute("round", KeyType.Number),
        Stream = true,
        Indexes = [new IndexDefinition("byLeague", new KeyAttribute("league", KeyType.String), new KeyAttribute("goals", KeyType.Number))],
    };

    private readonly EmbeddedTable _table = new(Games, TimeProvider.System);

    [Fact]
    public void A_conditional_put_writes_only_when_the_condition_holds()
    {
        Assert.True(_table.Put(Game("g1", 1, goals: "3"), existing => existing is null));
        Assert.False(_table.Put(Game("g1", 1, goals: "9"), existing => existing is null));

        Assert.Equal("3", _table.Get(Key("g1", 1))!["goals"].N);
        var record = Assert.Single(Records());
        Assert.Equal(StreamEventName.Insert, record.EventName);
    }

    [Fact]
    public async Task Concurrent_updates_never_lose_a_write()
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, 50), new ParallelOptions { MaxDegreeOfParallelism = 16 }, (_, _) =>
        {
            _table.Update(Key("g1", 1), existing =>
            {
                var version = existing is null ? 0 : long.Parse(existing["version"].N!, CultureInfo.InvariantCulture);
                return Game("g1", 1, goals: "0", version: version + 1);
            });
            return ValueTask.CompletedTask;
        });

        Assert.Equal("50", _table.Get(Key("g1", 1))!["version"].N);
        var records = Records();
        Assert.Equal(50, records.Count);
        Assert.Equal(StreamEventName.Insert, records[0].EventName);
        Assert.All(records.Skip(1), r => Assert.Equal(StreamEventName.Modify, r.EventName));
        // Stream order is commit order: each image follows the one before.
        Assert.Equal(Enumerable.Range(1, 50).Select(v => v.ToString(CultureInfo.InvariantCulture)), records.Select(r => r.Dynamodb.NewImage!["version"].N));
        Assert.All(records.Skip(1), r => Assert.Equal(
            long.Parse(r.Dynamodb.NewImage!["version"].N!, CultureInfo.InvariantCulture) - 1,
            long.Parse(r.Dynamodb.OldImage!["version"].N!, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Each_change_appends_one_stream_record_shaped_as_lambda_delivers_it()
    {
        _table.Put(Game("g1", 2, goals: "12345678901234567890.123456789"));
        _table.Update(Key("g1", 2), existing => Game("g1", 2, goals: "4"));
        _table.Delete(Key("g1", 2));

        var records = Records();
        Assert.Equal([StreamEventName.Insert, StreamEventName.Modify, StreamEventName.Remove], records.Select(r => r.EventName));
        Assert.Equal(3, records.Select(r => r.EventId).Distinct().Count());
        Assert.True(IsAscending(records.Select(r => r.Dynamodb.SequenceNumber)));
        Assert.All(records, record =>
        {
            Assert.Matches("^[0-9]+$", record.Dynamodb.SequenceNumber);
            Assert.Equal("aws:dynamodb", record.EventSource);
            Assert.Equal("1.1", record.EventVersion);
            Assert.Equal("us-east-1", record.AwsRegion);
            Assert.Matches(@"^arn:aws:dynamodb:us-east-1:000000000000:table/Games/stream/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$", record.EventSourceArn);
            Assert.Equal("NEW_AND_OLD_IMAGES", record.Dynamodb.StreamViewType);
            Assert.True(record.Dynamodb.SizeBytes > 0);
            Assert.True(record.Dynamodb.ApproximateCreationDateTime > 1_700_000_000m);
            // Keys hold exactly the table's key attributes.
            Assert.Equal(["gameId", "round"], record.Dynamodb.Keys.Keys.Order());
            Assert.Equal("2", record.Dynamodb.Keys["round"].N);
        });

        var (insert, modify, remove) = (records[0].Dynamodb, records[1].Dynamodb, records[2].Dynamodb);
        Assert.Null(insert.OldImage);
        Assert.Equal("12345678901234567890.123456789", insert.NewImage!["goals"].N);
        Assert.Equal("12345678901234567890.123456789", modify.OldImage!["goals"].N);
        Assert.Equal("4", modify.NewImage!["goals"].N);
        Assert.Null(remove.NewImage);
        Assert.Equal("4", remove.OldImage!["goals"].N);
    }

    [Fact]
    public void Writes_that_change_nothing_append_no_record()
    {
        _table.Put(Game("g1", 1, goals: "1"));
        _table.Put(Game("g1", 1, goals: "1.0"));
        Assert.Null(_table.Delete(Key("missing", 1)));

        Assert.Single(Records());
    }

    [Fact]
    public void Keys_compare_by_value_so_equal_numbers_address_one_item()
    {
        _table.Put(Game("g1", 1, goals: "1"));

        Assert.NotNull(_table.Get(new Dictionary<string, AttributeValue> { ["gameId"] = new() { S = "g1" }, ["round"] = new() { N = "1.00" } }));
        Assert.Null(_table.Get(Key("g1", 10)));
    }

    [Fact]
    public void An_index_query_sorts_numerically_limits_and_leaves_out_items_without_the_index_keys()
    {
        _table.Put(Game("a", 1, goals: "9", league: "north"));
        _table.Put(Game("b", 1, goals: "10", league: "north"));
        _table.Put(Game("c", 1, goals: "-2", league: "north"));
        _table.Put(Game("d", 1, goals: "100", league: "south"));
        _table.Put(Game("e", 1, goals: "50"));

        var descending = _table.Query("byLeague", new AttributeValue { S = "north" }, descending: true, limit: 2);
        var ascending = _table.Query("byLeague", new AttributeValue { S = "north" }, descending: false, limit: 10);

        Assert.Equal(["b", "a"], descending.Select(i => i["gameId"].S));
        Assert.Equal(["c", "a", "b"], ascending.Select(i => i["gameId"].S));
    }

    [Fact]
    public void Items_must_carry_the_key_attributes_with_their_types()
    {
        var missingSortKey = new Dictionary<string, AttributeValue> { ["gameId"] = new() { S = "g1" } };
        var wrongType = new Dictionary<string, AttributeValue> { ["gameId"] = new() { S = "g1" }, ["round"] = new() { S = "one" } };
        var wrongIndexType = Game("g1", 1, goals: "1");
        ((Dictionary<string, AttributeValue>)wrongIndexType)["league"] = new() { N = "7" };

        Assert.Throws<ArgumentException>(() => _table.Put(missingSortKey));
        Assert.Throws<ArgumentException>(() => _table.Put(wrongType));
        Assert.Throws<ArgumentException>(() => _table.Put(wrongIndexType));
        Assert.Empty(_table.Scan());
    }

    [Fact]
    public void An_update_that_throws_writes_nothing()
    {
        _table.Put(Game("g1", 1, goals: "1"));

        Assert.Throws<InvalidOperationException>(() => _table.Update(Key("g1", 1), _ => throw new InvalidOperationException("abandoned")));

        Assert.Equal("1", _table.Get(Key("g1", 1))!["goals"].N);
        Assert.Single(Records());
    }

    private List<DynamoDbStreamRecord> Records()
    {
        long position = 0;
        return _table.Stream!.Read(ref position, int.MaxValue).ToList();
    }

    private static bool IsAscending(IEnumerable<string> sequenceNumbers) =>
        sequenceNumbers.Select(s => System.Numerics.BigInteger.Parse(s, CultureInfo.InvariantCulture)).Zip(
            sequenceNumbers.Skip(1).Select(s => System.Numerics.BigInteger.Parse(s, CultureInfo.InvariantCulture)))
            .All(pair => pair.First < pair.Second);

    private static Dictionary<string, AttributeValue> Key(string gameId, int round) => new()
    {
        ["gameId"] = new() { S = gameId },
        ["round"] = new() { N = round.ToString(CultureInfo.InvariantCulture) },
    };

    private static IReadOnlyDictionary<string, AttributeValue> Game(string gameId, int round, string goals, long version = 1, string? league = null)
    {
        var item = Key(gameId, round);
        item["goals"] = new() { N = goals };
        item["version"] = new() { N = version.ToString(CultureInfo.InvariantCulture) };
        if (league is not null)
        {
            item["league"] = new() { S = league };
        }
        return item;
    }
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Streams;
using LiveScore.LocalCloud.Tables;
using Events = LiveScore.Lambda.Events;
using KeyType = LiveScore.Lambda.Catalog.KeyType;

namespace LiveScore.LocalCloud.Tests.Streams;

/// <summary>The Streams API client against DynamoDB Local: records come out in order and shaped like the embedded stream's.</summary>
public sealed class DynamoDbStreamSourceTests
{
    [DynamoDbFact]
    public async Task Changes_read_through_the_streams_api_look_like_the_embedded_streams_records()
    {
        var definition = new TableDefinition("StreamShape-" + Guid.NewGuid().ToString("N")[..8], new KeyAttribute("id", KeyType.String)) { Stream = true };
        using var dynamoDb = DynamoDbLocal.CreateClient();
        var table = await DynamoDbTableProvisioner.EnsureAsync(dynamoDb, definition, CancellationToken.None);
        try
        {
            using var client = new DynamoDbStreamsClient(new Uri(DynamoDbLocal.RequireEndpoint()), DynamoDbLocal.Region, DynamoDbLocal.CredentialsSource);
            var source = await DynamoDbStreamSource.OpenAsync(client, table.StreamArn!, fromTrimHorizon: true, TimeProvider.System, CancellationToken.None);
            var embedded = new EmbeddedTable(definition, TimeProvider.System);

            await ChangeBothAsync(dynamoDb, embedded, definition.Name);
            var records = new List<Events.DynamoDbStreamRecord>();
            await Eventually.UntilAsync(async () =>
            {
                records.AddRange(await source.ReadAsync(10, TimeSpan.FromMilliseconds(200), CancellationToken.None));
                return records.Count;
            }, count => count >= 3, "three stream records");
            long position = 0;
            var expected = embedded.Stream!.Read(ref position, 10);

            Assert.Equal(expected.Select(r => r.EventName), records.Select(r => r.EventName));
            Assert.All(records, record =>
            {
                Assert.Equal(table.StreamArn, record.EventSourceArn);
                Assert.Equal("aws:dynamodb", record.EventSource);
                Assert.Equal("NEW_AND_OLD_IMAGES", record.Dynamodb.StreamViewType);
                Assert.NotEmpty(record.EventId);
                Assert.True(record.Dynamodb.ApproximateCreationDateTime > 1_700_000_000m);
            });
            Assert.True(records.Zip(records.Skip(1)).All(pair =>
                System.Numerics.BigInteger.Parse(pair.First.Dynamodb.SequenceNumber) < System.Numerics.BigInteger.Parse(pair.Second.Dynamodb.SequenceNumber)));
            foreach (var (actual, wanted) in records.Zip(expected))
            {
                Assert.True(AttributeValues.AreEqual(wanted.Dynamodb.Keys, actual.Dynamodb.Keys), "Keys differ");
                Assert.True(AttributeValues.AreEqual(wanted.Dynamodb.NewImage, actual.Dynamodb.NewImage), "NewImage differs");
                Assert.True(AttributeValues.AreEqual(wanted.Dynamodb.OldImage, actual.Dynamodb.OldImage), "OldImage differs");
            }
            Assert.Equal("12345678901234567890.123456789", records[0].Dynamodb.NewImage!["exact"].N);
        }
        finally
        {
            await dynamoDb.DeleteTableAsync(new DeleteTableRequest { TableName = definition.Name });
        }
    }

    /// <summary>Insert, modify and remove one item in both tables.</summary>
    private static async Task ChangeBothAsync(IAmazonDynamoDB dynamoDb, EmbeddedTable embedded, string tableName)
    {
        var first = new Dictionary<string, AttributeValue>
        {
            ["id"] = new() { S = "a" },
            ["exact"] = new() { N = "12345678901234567890.123456789" },
            ["tags"] = new() { SS = ["x", "y"] },
            ["nested"] = new() { M = new Dictionary<string, AttributeValue> { ["on"] = new() { BOOL = true }, ["list"] = new() { L = [new() { N = "1" }, new() { S = "two" }] } } },
        };
        var second = new Dictionary<string, AttributeValue>(first) { ["exact"] = new() { N = "-0.5" } };
        var key = new Dictionary<string, AttributeValue> { ["id"] = new() { S = "a" } };

        await dynamoDb.PutItemAsync(new PutItemRequest { TableName = tableName, Item = first });
        await dynamoDb.PutItemAsync(new PutItemRequest { TableName = tableName, Item = second });
        await dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = tableName, Key = key });

        embedded.Put(ToEvents(first));
        embedded.Put(ToEvents(second));
        embedded.Delete(ToEvents(key));
    }

    private static Dictionary<string, Events.AttributeValue> ToEvents(Dictionary<string, AttributeValue> item) =>
        item.ToDictionary(pair => pair.Key, pair => ToEvents(pair.Value));

    private static Events.AttributeValue ToEvents(AttributeValue value) => new()
    {
        S = value.S,
        N = value.N,
        SS = value.SS is { Count: > 0 } ss ? ss : null,
        BOOL = value.BOOL,
        L = value.L is { Count: > 0 } l ? l.Select(ToEvents).ToList() : null,
        M = value.M is { Count: > 0 } m ? ToEvents(m) : null,
    };
}

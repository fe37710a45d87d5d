using LiveScore.LocalCloud.Testing;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Streams;
using LiveScore.LocalCloud.Tables;
using Events = LiveScore.Lambda.Events;
using KeyType = LiveScore.Lambda.Catalog.KeyType;

namespace LiveScore.LocalCloud.Tests.Streams;

/// <summary>
/// The same changes made in DynamoDB Local and at the embedded endpoint, read back through the Streams API: the
/// records come out in order and the same (names, keys, images), so stream functions see one shape either way.
/// </summary>
public sealed class DynamoDbStreamSourceTests
{
    [DynamoDbFact]
    public async Task The_embedded_stream_matches_dynamodb_locals_record_for_record()
    {
        await using var embedded = await EmbeddedDynamoDb.StartAsync();
        var fromDynamoDbLocal = await ChangeAndReadAsync(DynamoDbLocal.RequireEndpoint());
        var fromEmbedded = await ChangeAndReadAsync(embedded.Endpoint);

        Assert.Equal([Events.StreamEventName.Insert, Events.StreamEventName.Modify, Events.StreamEventName.Remove], fromDynamoDbLocal.Select(r => r.EventName));
        Assert.Equal(fromDynamoDbLocal.Count, fromEmbedded.Count);
        Assert.All(Shape(fromDynamoDbLocal).Zip(Shape(fromEmbedded)), pair => Assert.Equal(pair.First, pair.Second));
        Assert.Equal("12345678901234567890.123456789", fromEmbedded[0].Dynamodb.NewImage!["exact"].N);
    }

    private static async Task<IReadOnlyList<Events.DynamoDbStreamRecord>> ChangeAndReadAsync(string endpoint)
    {
        var definition = new TableDefinition("StreamShape-" + Guid.NewGuid().ToString("N")[..8], new KeyAttribute("id", KeyType.String)) { Stream = true };
        using var dynamoDb = LocalDynamoDbClient.For(endpoint);
        var (region, accessKeyId, secretAccessKey) = LocalEnvironment.Identity(Environment.GetEnvironmentVariable);
        var table = await DynamoDbTableProvisioner.EnsureAsync(dynamoDb, definition, CancellationToken.None);
        try
        {
            using var client = new DynamoDbStreamsClient(new Uri(endpoint), region, new StaticCredentials(new LiveScore.Lambda.Aws.AwsCredentials(accessKeyId, secretAccessKey)));
            var source = await DynamoDbStreamSource.OpenAsync(client, table.StreamArn!, fromTrimHorizon: true, TimeProvider.System, CancellationToken.None);
            await ChangeAsync(dynamoDb, definition.Name);
            var records = new List<Events.DynamoDbStreamRecord>();
            await Eventually.UntilAsync(async () =>
            {
                records.AddRange(await source.ReadAsync(10, TimeSpan.FromMilliseconds(200), CancellationToken.None));
                return records.Count;
            }, count => count >= 3, "three stream records");
            Assert.All(records, record =>
            {
                Assert.Equal(table.StreamArn, record.EventSourceArn);
                Assert.Equal("aws:dynamodb", record.EventSource);
                Assert.Equal("NEW_AND_OLD_IMAGES", record.Dynamodb.StreamViewType);
                Assert.NotEmpty(record.EventId);
                Assert.True(record.Dynamodb.ApproximateCreationDateTime > 1_700_000_000m);
            });
            Assert.True(records.Zip(records.Skip(1)).All(pair =>
                BigInteger.Parse(pair.First.Dynamodb.SequenceNumber) < BigInteger.Parse(pair.Second.Dynamodb.SequenceNumber)));
            return records;
        }
        finally
        {
            await dynamoDb.DeleteTableAsync(new DeleteTableRequest { TableName = definition.Name });
        }
    }

    /// <summary>Insert, modify and remove one item.</summary>
    private static async Task ChangeAsync(IAmazonDynamoDB dynamoDb, string tableName)
    {
        var first = new Dictionary<string, AttributeValue>
        {
            ["id"] = new() { S = "a" },
            ["exact"] = new() { N = "12345678901234567890.123456789" },
            ["tags"] = new() { SS = ["x", "y"] },
            ["nested"] = new() { M = new Dictionary<string, AttributeValue> { ["on"] = new() { BOOL = true }, ["list"] = new() { L = [new() { N = "1" }, new() { S = "two" }] } } },
        };
        var second = new Dictionary<string, AttributeValue>(first) { ["exact"] = new() { N = "-0.5" } };
        await dynamoDb.PutItemAsync(new PutItemRequest { TableName = tableName, Item = first });
        await dynamoDb.PutItemAsync(new PutItemRequest { TableName = tableName, Item = second });
        await dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = tableName, Key = new Dictionary<string, AttributeValue> { ["id"] = new() { S = "a" } } });
    }

    /// <summary>What must agree: the event name, keys and images of each record, as the functions receive them.</summary>
    private static IReadOnlyList<string> Shape(IEnumerable<Events.DynamoDbStreamRecord> records) =>
        records.Select(r => $"{r.EventName} {Json(r.Dynamodb.Keys)} {Json(r.Dynamodb.NewImage)} {Json(r.Dynamodb.OldImage)}").ToList();

    private static string Json(IReadOnlyDictionary<string, Events.AttributeValue>? image) =>
        image is null ? "-" : Sorted(JsonSerializer.SerializeToNode(image, Events.HostingJsonContext.Default.IReadOnlyDictionaryStringAttributeValue))!.ToJsonString();

    // Map attributes are unordered: compare them with their keys in one order, at every depth.
    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject map => new JsonObject(map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray list => new JsonArray(list.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };
}

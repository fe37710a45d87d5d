using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LiveScore.LocalCloud.DynamoDb.Model;
using LiveScore.LocalCloud.DynamoDb.Operations;

namespace LiveScore.LocalCloud.DynamoDb.Streams;

/// <summary>The DynamoDB Streams API: ListStreams, DescribeStream, GetShardIterator and GetRecords.</summary>
internal static class StreamOperations
{
    public static JsonObject ListStreams(Database database, JsonObject request)
    {
        var tableName = request.OptionalString("TableName");
        var limit = (int)(request.OptionalNumber("Limit") ?? 100);
        var start = request.OptionalString("ExclusiveStartStreamArn");
        var streams = database.Streams.Where(s => tableName is null || s.TableName == tableName)
            .Where(s => start is null || string.CompareOrdinal(s.Arn, start) > 0)
            .ToList();
        var page = streams.Take(limit).ToList();
        var response = new JsonObject
        {
            ["Streams"] = new JsonArray(page.Select(s => (JsonNode)new JsonObject
            {
                ["StreamArn"] = s.Arn,
                ["TableName"] = s.TableName,
                ["StreamLabel"] = s.Label,
            }).ToArray()),
        };
        if (streams.Count > page.Count) response["LastEvaluatedStreamArn"] = page[^1].Arn;
        return response;
    }

    public static JsonObject DescribeStream(Database database, JsonObject request)
    {
        var stream = Find(database, request.RequiredString("StreamArn"));
        return new JsonObject
        {
            ["StreamDescription"] = new JsonObject
            {
                ["StreamArn"] = stream.Arn,
                ["StreamLabel"] = stream.Label,
                ["StreamStatus"] = "ENABLED",
                ["StreamViewType"] = stream.ViewType,
                ["CreationRequestDateTime"] = TableOperations.EpochSeconds(stream.CreatedAt),
                ["TableName"] = stream.TableName,
                ["KeySchema"] = new JsonArray(stream.Key.Names.Select(n => (JsonNode)new JsonObject
                {
                    ["AttributeName"] = n,
                    ["KeyType"] = n == stream.Key.HashName ? "HASH" : "RANGE",
                }).ToArray()),
                ["Shards"] = new JsonArray(new JsonObject
                {
                    ["ShardId"] = stream.ShardId,
                    ["SequenceNumberRange"] = new JsonObject
                    {
                        ["StartingSequenceNumber"] = TableStream.FormatSequenceNumber(stream.FirstSequenceNumber),
                    },
                }),
            },
        };
    }

    public static JsonObject GetShardIterator(Database database, JsonObject request)
    {
        var stream = Find(database, request.RequiredString("StreamArn"));
        if (request.RequiredString("ShardId") != stream.ShardId)
            throw new DynamoDbException("ResourceNotFoundException", $"Requested resource not found: Shard: {request["ShardId"]} in Stream: {stream.Arn} not found");
        var type = request.OptionalEnum("ShardIteratorType", "TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER")
            ?? throw DynamoDbException.Validation("1 validation error detected: Value null at 'shardIteratorType' failed to satisfy constraint: Member must not be null");
        var position = type switch
        {
            "TRIM_HORIZON" => stream.OldestAvailable,
            "LATEST" => database.LastSequenceNumber + 1,
            "AT_SEQUENCE_NUMBER" => ReadSequenceNumber(request),
            _ => ReadSequenceNumber(request) + 1,
        };
        return new JsonObject { ["ShardIterator"] = Iterator(stream, position) };
    }

    public static JsonObject GetRecords(Database database, JsonObject request)
    {
        var (arn, position) = ParseIterator(request.RequiredString("ShardIterator"));
        var stream = Find(database, arn);
        var limit = request.OptionalNumber("Limit") ?? 1000;
        if (limit is < 1 or > 1000)
            throw DynamoDbException.Validation($"1 validation error detected: Value '{limit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 1000");
        var records = stream.ReadFrom(Math.Max(position, stream.OldestAvailable), (int)limit);
        var next = records.Count > 0 ? records[^1].SequenceNumber + 1 : position;
        return new JsonObject
        {
            ["Records"] = new JsonArray(records.Select(r => (JsonNode)Describe(stream, r, database.Region)).ToArray()),
            ["NextShardIterator"] = Iterator(stream, next),
        };
    }

    private static JsonObject Describe(TableStream stream, StreamRecord record, string region)
    {
        var change = new JsonObject
        {
            ["ApproximateCreationDateTime"] = record.CreatedAt.ToUnixTimeSeconds(),
            ["Keys"] = AttributeValueJson.WriteItem(record.Keys),
        };
        var size = AttributeValueJson.ItemSize(record.Keys);
        if (TableStream.ImageFor(stream.ViewType, record.NewImage, isNew: true) is { } newImage)
        {
            change["NewImage"] = AttributeValueJson.WriteItem(newImage);
            size += AttributeValueJson.ItemSize(newImage);
        }
        if (TableStream.ImageFor(stream.ViewType, record.OldImage, isNew: false) is { } oldImage)
        {
            change["OldImage"] = AttributeValueJson.WriteItem(oldImage);
            size += AttributeValueJson.ItemSize(oldImage);
        }
        change["SequenceNumber"] = TableStream.FormatSequenceNumber(record.SequenceNumber);
        change["SizeBytes"] = size;
        change["StreamViewType"] = stream.ViewType;
        return new JsonObject
        {
            ["eventID"] = record.EventId,
            ["eventName"] = record.EventName,
            ["eventVersion"] = "1.1",
            ["eventSource"] = "aws:dynamodb",
            ["awsRegion"] = region,
            ["dynamodb"] = change,
        };
    }

    private static TableStream Find(Database database, string arn) =>
        database.Streams.FirstOrDefault(s => s.Arn == arn)
        ?? throw new DynamoDbException("ResourceNotFoundException", $"Requested resource not found: Stream: {arn} not found");

    private static long ReadSequenceNumber(JsonObject request) =>
        long.TryParse(request.OptionalString("SequenceNumber"), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw DynamoDbException.Validation("Invalid SequenceNumber: a sequence number of this stream is required for this ShardIteratorType");

    // Iterators are opaque to clients; this one carries the stream and the next sequence number to read.
    private static string Iterator(TableStream stream, long position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{stream.Arn}\n{position.ToString(CultureInfo.InvariantCulture)}"));

    private static (string Arn, long Position) ParseIterator(string iterator)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(iterator)).Split('\n');
            if (parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var position))
                return (parts[0], position);
        }
        catch (FormatException)
        {
        }
        throw DynamoDbException.Validation("Invalid ShardIterator");
    }
}

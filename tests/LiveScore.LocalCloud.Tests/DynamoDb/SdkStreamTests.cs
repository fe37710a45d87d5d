using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using static LiveScore.LocalCloud.Tests.DynamoDb.SdkTables;

namespace LiveScore.LocalCloud.Tests.DynamoDb;

/// <summary>Streams through raw JSON requests (the Streams SDK package is not referenced), with SDK writes as the source.</summary>
[Collection(DynamoDbServerCollection.Name)]
public sealed class SdkStreamTests(DynamoDbServer server)
{
    private readonly IAmazonDynamoDB client = server.Client;

    private async Task<JsonObject> StreamsAsync(string operation, JsonObject body)
    {
        var (status, response) = await server.PostAsync("DynamoDBStreams_20120810." + operation, body.ToJsonString());
        Assert.True(status == 200, response.ToJsonString());
        return response;
    }

    [Fact]
    public async Task Records_follow_writes_with_images_per_view_type()
    {
        var name = await CreateAsync(client, stream: StreamViewType.NEW_AND_OLD_IMAGES);
        var arn = (await client.DescribeTableAsync(name)).Table.LatestStreamArn;

        var listed = await StreamsAsync("ListStreams", new JsonObject { ["TableName"] = name });
        Assert.Equal(arn, listed["Streams"]![0]!["StreamArn"]!.GetValue<string>());
        var description = (await StreamsAsync("DescribeStream", new JsonObject { ["StreamArn"] = arn }))["StreamDescription"]!;
        Assert.Equal("ENABLED", description["StreamStatus"]!.GetValue<string>());
        Assert.Equal(name, description["TableName"]!.GetValue<string>());
        var shardId = description["Shards"]![0]!["ShardId"]!.GetValue<string>();

        await client.PutItemAsync(name, new() { ["pk"] = S("s"), ["sk"] = N("1"), ["v"] = N("1") });
        await client.PutItemAsync(name, new() { ["pk"] = S("s"), ["sk"] = N("1"), ["v"] = N("1") });
        await client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = name, Key = Key("s", 1), UpdateExpression = "SET v = :two", ExpressionAttributeValues = new() { [":two"] = N("2") },
        });
        await client.DeleteItemAsync(name, Key("s", 1));

        var iterator = (await StreamsAsync("GetShardIterator", new JsonObject
        {
            ["StreamArn"] = arn, ["ShardId"] = shardId, ["ShardIteratorType"] = "TRIM_HORIZON",
        }))["ShardIterator"]!.GetValue<string>();
        var first = await StreamsAsync("GetRecords", new JsonObject { ["ShardIterator"] = iterator, ["Limit"] = 2 });
        var second = await StreamsAsync("GetRecords", new JsonObject { ["ShardIterator"] = first["NextShardIterator"]!.GetValue<string>() });
        var records = first["Records"]!.AsArray().Concat(second["Records"]!.AsArray()).Select(r => r!).ToList();

        Assert.Equal(["INSERT", "MODIFY", "REMOVE"], records.Select(r => r["eventName"]!.GetValue<string>()));
        Assert.All(records, r =>
        {
            Assert.Equal("aws:dynamodb", r["eventSource"]!.GetValue<string>());
            Assert.Equal("1.1", r["eventVersion"]!.GetValue<string>());
            Assert.Equal("us-east-1", r["awsRegion"]!.GetValue<string>());
            Assert.Equal("s", r["dynamodb"]!["Keys"]!["pk"]!["S"]!.GetValue<string>());
            Assert.True(r["dynamodb"]!["ApproximateCreationDateTime"]!.GetValue<long>() > 0);
        });
        Assert.Null(records[0]["dynamodb"]!["OldImage"]);
        Assert.Equal("1", records[1]["dynamodb"]!["OldImage"]!["v"]!["N"]!.GetValue<string>());
        Assert.Equal("2", records[1]["dynamodb"]!["NewImage"]!["v"]!["N"]!.GetValue<string>());
        Assert.Null(records[2]["dynamodb"]!["NewImage"]);
        var sequenceNumbers = records.Select(r => r["dynamodb"]!["SequenceNumber"]!.GetValue<string>()).ToList();
        Assert.Equal(sequenceNumbers.Order(StringComparer.Ordinal), sequenceNumbers);
        Assert.Single(sequenceNumbers.Select(s => s.Length).Distinct());

        var after = await StreamsAsync("GetShardIterator", new JsonObject
        {
            ["StreamArn"] = arn, ["ShardId"] = shardId, ["ShardIteratorType"] = "AFTER_SEQUENCE_NUMBER", ["SequenceNumber"] = sequenceNumbers[0],
        });
        var fromSecond = await StreamsAsync("GetRecords", new JsonObject { ["ShardIterator"] = after["ShardIterator"]!.GetValue<string>() });
        Assert.Equal(sequenceNumbers[1..], fromSecond["Records"]!.AsArray().Select(r => r!["dynamodb"]!["SequenceNumber"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Latest_iterator_sees_only_later_writes_and_empty_reads_return_at_once()
    {
        var name = await CreateAsync(client, stream: StreamViewType.KEYS_ONLY);
        var arn = (await client.DescribeTableAsync(name)).Table.LatestStreamArn;
        var shardId = (await StreamsAsync("DescribeStream", new JsonObject { ["StreamArn"] = arn }))["StreamDescription"]!["Shards"]![0]!["ShardId"]!.GetValue<string>();
        await client.PutItemAsync(name, new() { ["pk"] = S("before"), ["sk"] = N("1") });
        var iterator = (await StreamsAsync("GetShardIterator", new JsonObject
        {
            ["StreamArn"] = arn, ["ShardId"] = shardId, ["ShardIteratorType"] = "LATEST",
        }))["ShardIterator"]!.GetValue<string>();
        var empty = await StreamsAsync("GetRecords", new JsonObject { ["ShardIterator"] = iterator });
        Assert.Empty(empty["Records"]!.AsArray());

        await client.PutItemAsync(name, new() { ["pk"] = S("after"), ["sk"] = N("1"), ["v"] = S("x") });
        var records = (await StreamsAsync("GetRecords", new JsonObject { ["ShardIterator"] = empty["NextShardIterator"]!.GetValue<string>() }))["Records"]!.AsArray();
        var record = Assert.Single(records)!["dynamodb"]!;
        Assert.Equal("after", record["Keys"]!["pk"]!["S"]!.GetValue<string>());
        Assert.Null(record["NewImage"]);
        Assert.Equal("KEYS_ONLY", record["StreamViewType"]!.GetValue<string>());
    }
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using static LiveScore.LocalCloud.Tests.DynamoDb.SdkTables;

namespace LiveScore.LocalCloud.Tests.DynamoDb;

[Collection(DynamoDbServerCollection.Name)]
public sealed class SdkErrorTests(DynamoDbServer server)
{
    private readonly IAmazonDynamoDB client = server.Client;

    private async Task<AmazonDynamoDBException> FailsAsync(Func<Task> call, string code)
    {
        var error = await Assert.ThrowsAnyAsync<AmazonDynamoDBException>(call);
        Assert.Equal(code, error.ErrorCode);
        return error;
    }

    [Fact]
    public async Task Missing_table_is_ResourceNotFound()
    {
        await FailsAsync(() => client.GetItemAsync("no-such-table", Key("a", 1)), "ResourceNotFoundException");
    }

    [Fact]
    public async Task Invalid_items_and_keys_are_ValidationExceptions()
    {
        var name = await CreateAsync(client);
        await FailsAsync(() => client.PutItemAsync(name, new() { ["pk"] = S("a") }), "ValidationException");
        await FailsAsync(() => client.PutItemAsync(name, new() { ["pk"] = S(""), ["sk"] = N("1") }), "ValidationException");
        await FailsAsync(() => client.PutItemAsync(name, new() { ["pk"] = N("1"), ["sk"] = N("1") }), "ValidationException");
        await FailsAsync(() => client.GetItemAsync(name, new() { ["pk"] = S("a") }), "ValidationException");
        await FailsAsync(() => client.PutItemAsync(name, new() { ["pk"] = S("a"), ["sk"] = N("1"), ["big"] = S(new string('x', 400 * 1024)) }), "ValidationException");
    }

    [Fact]
    public async Task Expression_mistakes_are_ValidationExceptions()
    {
        var name = await CreateAsync(client);
        await FailsAsync(() => client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = name, Key = Key("a", 1), UpdateExpression = "SET a = = :v", ExpressionAttributeValues = new() { [":v"] = N("1") },
        }), "ValidationException");
        var unused = await FailsAsync(() => client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = name, Key = Key("a", 1), UpdateExpression = "SET a = :v",
            ExpressionAttributeValues = new() { [":v"] = N("1"), [":unused"] = N("2") },
        }), "ValidationException");
        Assert.Contains(":unused", unused.Message);
        await FailsAsync(() => client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = name, Key = Key("a", 1), UpdateExpression = "SET pk = :v", ExpressionAttributeValues = new() { [":v"] = S("b") },
        }), "ValidationException");
    }

    [Fact]
    public async Task Legacy_parameters_and_parallel_scans_are_refused_with_a_pointer_to_DynamoDB_Local()
    {
        var name = await CreateAsync(client);
        var legacy = await FailsAsync(() => client.ScanAsync(new ScanRequest
        {
            TableName = name,
            ScanFilter = new() { ["v"] = new Condition { ComparisonOperator = ComparisonOperator.NOT_NULL } },
        }), "ValidationException");
        Assert.Contains("ScanFilter", legacy.Message);
        Assert.Contains("--dynamodb-endpoint", legacy.Message);
        var parallel = await FailsAsync(() => client.ScanAsync(new ScanRequest { TableName = name, Segment = 0, TotalSegments = 2 }), "ValidationException");
        Assert.Contains("--dynamodb-endpoint", parallel.Message);
    }

    [Fact]
    public async Task Raw_protocol_errors_have_the_dynamodb_shape()
    {
        var (status, body) = await server.PostAsync("DynamoDB_20120810.PutItem", "{not json");
        Assert.Equal(400, status);
        Assert.Equal("com.amazonaws.dynamodb.v20120810#SerializationException", body["__type"]!.GetValue<string>());

        (status, body) = await server.PostAsync("DynamoDB_20120810.NoSuchThing", "{}");
        Assert.Equal(400, status);
        Assert.Equal("com.amazonaws.dynamodb.v20120810#UnknownOperationException", body["__type"]!.GetValue<string>());
        Assert.NotNull(body["message"]);
    }
}

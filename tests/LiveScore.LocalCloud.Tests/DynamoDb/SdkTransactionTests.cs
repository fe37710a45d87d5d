using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using static LiveScore.LocalCloud.Tests.DynamoDb.SdkTables;

namespace LiveScore.LocalCloud.Tests.DynamoDb;

[Collection(DynamoDbServerCollection.Name)]
public sealed class SdkTransactionTests(DynamoDbServer server)
{
    private readonly IAmazonDynamoDB client = server.Client;

    [Fact]
    public async Task All_actions_apply_together()
    {
        var name = await CreateAsync(client);
        await client.PutItemAsync(name, new() { ["pk"] = S("t"), ["sk"] = N("1"), ["v"] = N("1") });
        await client.PutItemAsync(name, new() { ["pk"] = S("t"), ["sk"] = N("2") });
        await client.TransactWriteItemsAsync(new TransactWriteItemsRequest
        {
            ClientRequestToken = "token",
            TransactItems =
            [
                new() { ConditionCheck = new() { TableName = name, Key = Key("t", 1), ConditionExpression = "v = :one", ExpressionAttributeValues = new() { [":one"] = N("1") } } },
                new() { Put = new() { TableName = name, Item = new() { ["pk"] = S("t"), ["sk"] = N("3") } } },
                new() { Delete = new() { TableName = name, Key = Key("t", 2) } },
                new() { Update = new() { TableName = name, Key = Key("t", 4), UpdateExpression = "SET v = :two", ExpressionAttributeValues = new() { [":two"] = N("2") } } },
            ],
        });
        var items = (await client.QueryAsync(new QueryRequest
        {
            TableName = name, KeyConditionExpression = "pk = :t", ExpressionAttributeValues = new() { [":t"] = S("t") },
        })).Items;
        Assert.Equal(["1", "3", "4"], items.Select(i => i["sk"].N));

        var read = await client.TransactGetItemsAsync(new TransactGetItemsRequest
        {
            TransactItems = [new() { Get = new() { TableName = name, Key = Key("t", 4) } }, new() { Get = new() { TableName = name, Key = Key("t", 2) } }],
        });
        Assert.Equal("2", read.Responses[0].Item["v"].N);
        Assert.True(read.Responses[1].Item is not { Count: > 0 });
    }

    [Fact]
    public async Task A_failed_condition_cancels_everything_with_reasons_in_order()
    {
        var name = await CreateAsync(client);
        await client.PutItemAsync(name, new() { ["pk"] = S("x"), ["sk"] = N("1"), ["v"] = N("1") });
        var error = await Assert.ThrowsAsync<TransactionCanceledException>(() => client.TransactWriteItemsAsync(new TransactWriteItemsRequest
        {
            TransactItems =
            [
                new() { Put = new() { TableName = name, Item = new() { ["pk"] = S("x"), ["sk"] = N("2") } } },
                new()
                {
                    Update = new()
                    {
                        TableName = name, Key = Key("x", 1), UpdateExpression = "SET v = :two", ConditionExpression = "v = :two",
                        ExpressionAttributeValues = new() { [":two"] = N("2") },
                        ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
                    },
                },
            ],
        }));
        Assert.Equal(["None", "ConditionalCheckFailed"], error.CancellationReasons.Select(r => r.Code));
        Assert.Equal("1", error.CancellationReasons[1].Item["v"].N);
        Assert.True((await client.GetItemAsync(name, Key("x", 2))).Item is not { Count: > 0 });
        Assert.Equal("1", (await client.GetItemAsync(name, Key("x", 1))).Item["v"].N);
    }

    [Fact]
    public async Task Two_actions_on_one_item_are_refused()
    {
        var name = await CreateAsync(client);
        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => client.TransactWriteItemsAsync(new TransactWriteItemsRequest
        {
            TransactItems =
            [
                new() { Put = new() { TableName = name, Item = new() { ["pk"] = S("d"), ["sk"] = N("1") } } },
                new() { Delete = new() { TableName = name, Key = Key("d", 1) } },
            ],
        }));
        Assert.Equal("ValidationException", error.ErrorCode);
    }

    [Fact]
    public async Task Concurrent_increments_are_not_lost()
    {
        var name = await CreateAsync(client);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = name, Key = Key("counter", 1), UpdateExpression = "ADD hits :one", ExpressionAttributeValues = new() { [":one"] = N("1") },
        })));
        Assert.Equal("40", (await client.GetItemAsync(name, Key("counter", 1))).Item["hits"].N);
    }
}

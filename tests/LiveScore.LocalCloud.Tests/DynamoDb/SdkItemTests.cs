using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using static LiveScore.LocalCloud.Tests.DynamoDb.SdkTables;

namespace LiveScore.LocalCloud.Tests.DynamoDb;

[Collection(DynamoDbServerCollection.Name)]
public sealed class SdkItemTests(DynamoDbServer server)
{
    private readonly IAmazonDynamoDB client = server.Client;

    [Fact]
    public async Task Every_attribute_type_round_trips()
    {
        var name = await CreateAsync(client);
        var item = new Dictionary<string, AttributeValue>
        {
            ["pk"] = S("types"),
            ["sk"] = N("1"),
            ["s"] = S(""),
            ["n"] = N("1.50"),
            ["b"] = new() { B = new MemoryStream([1, 2, 3]) },
            ["ss"] = new() { SS = ["x", "y"] },
            ["ns"] = new() { NS = ["1", "2.0"] },
            ["bs"] = new() { BS = [new MemoryStream([9])] },
            ["m"] = new() { M = new() { ["inner"] = new() { BOOL = true } } },
            ["l"] = new() { L = [S("a"), new() { NULL = true }] },
        };
        await client.PutItemAsync(name, item);

        var stored = (await client.GetItemAsync(name, Key("types", 1))).Item;
        Assert.Equal("", stored["s"].S);
        Assert.Equal("1.5", stored["n"].N);
        Assert.Equal([1, 2, 3], stored["b"].B.ToArray());
        Assert.Equal(["x", "y"], stored["ss"].SS.Order());
        Assert.Equal(["1", "2"], stored["ns"].NS.Order());
        Assert.Equal([9], Assert.Single(stored["bs"].BS).ToArray());
        Assert.True(stored["m"].M["inner"].BOOL);
        Assert.True(stored["l"].L[1].NULL);
    }

    [Fact]
    public async Task Missing_item_returns_no_item()
    {
        var name = await CreateAsync(client);
        var response = await client.GetItemAsync(name, Key("nothing", 1));
        Assert.True(response.Item is null || response.Item.Count == 0);
    }

    [Fact]
    public async Task Conditional_put_fails_with_the_old_item_when_asked()
    {
        var name = await CreateAsync(client);
        await client.PutItemAsync(name, new() { ["pk"] = S("c"), ["sk"] = N("1"), ["v"] = N("1") });
        var error = await Assert.ThrowsAsync<ConditionalCheckFailedException>(() => client.PutItemAsync(new PutItemRequest
        {
            TableName = name,
            Item = new() { ["pk"] = S("c"), ["sk"] = N("1") },
            ConditionExpression = "attribute_not_exists(pk)",
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        }));
        Assert.Equal("1", error.Item["v"].N);
    }

    [Fact]
    public async Task Update_expression_covers_set_arithmetic_functions_remove_add_and_delete()
    {
        var name = await CreateAsync(client);
        await client.PutItemAsync(name, new()
        {
            ["pk"] = S("u"), ["sk"] = N("1"),
            ["count"] = N("10"), ["list"] = new() { L = [S("a")] }, ["gone"] = S("x"),
            ["tags"] = new() { SS = ["blue"] }, ["colors"] = new() { SS = ["red", "blue"] }, ["doc"] = new() { M = new() { ["parts"] = new() { L = [N("1"), N("2")] } } },
        });
        var response = await client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = name,
            Key = Key("u", 1),
            UpdateExpression = "SET #c = #c + :one, #l = list_append(#l, :more), fresh = if_not_exists(fresh, :zero), doc.parts[0] = :one " +
                "REMOVE gone ADD visits :one, tags :green DELETE colors :red",
            ExpressionAttributeNames = new() { ["#c"] = "count", ["#l"] = "list" },
            ExpressionAttributeValues = new()
            {
                [":one"] = N("1"), [":zero"] = N("0"), [":more"] = new() { L = [S("b")] },
                [":green"] = new() { SS = ["green"] }, [":red"] = new() { SS = ["red"] },
            },
            ReturnValues = ReturnValue.ALL_NEW,
        });
        var item = response.Attributes;
        Assert.Equal("11", item["count"].N);
        Assert.Equal(["a", "b"], item["list"].L.Select(v => v.S));
        Assert.Equal("0", item["fresh"].N);
        Assert.Equal("1", item["doc"].M["parts"].L[0].N);
        Assert.False(item.ContainsKey("gone"));
        Assert.Equal("1", item["visits"].N);
        Assert.Equal(["blue", "green"], item["tags"].SS.Order());
        Assert.Equal(["blue"], item["colors"].SS);
    }

    [Fact]
    public async Task Update_return_values_show_only_updated_attributes()
    {
        var name = await CreateAsync(client);
        await client.PutItemAsync(name, new() { ["pk"] = S("r"), ["sk"] = N("1"), ["a"] = N("1"), ["b"] = N("2") });
        var request = new UpdateItemRequest
        {
            TableName = name,
            Key = Key("r", 1),
            UpdateExpression = "SET a = :v",
            ExpressionAttributeValues = new() { [":v"] = N("5") },
        };
        request.ReturnValues = ReturnValue.UPDATED_OLD;
        Assert.Equal(["a"], (await client.UpdateItemAsync(request)).Attributes.Keys);
        request.ReturnValues = ReturnValue.UPDATED_NEW;
        request.ExpressionAttributeValues[":v"] = N("6");
        Assert.Equal("6", (await client.UpdateItemAsync(request)).Attributes["a"].N);
        request.ReturnValues = ReturnValue.ALL_OLD;
        Assert.Equal("2", (await client.UpdateItemAsync(request)).Attributes["b"].N);
    }

    [Fact]
    public async Task Delete_returns_the_old_item()
    {
        var name = await CreateAsync(client);
        await client.PutItemAsync(name, new() { ["pk"] = S("d"), ["sk"] = N("1"), ["v"] = S("old") });
        var response = await client.DeleteItemAsync(new DeleteItemRequest { TableName = name, Key = Key("d", 1), ReturnValues = ReturnValue.ALL_OLD });
        Assert.Equal("old", response.Attributes["v"].S);
        Assert.True((await client.GetItemAsync(name, Key("d", 1))).Item is not { Count: > 0 });
    }

    [Fact]
    public async Task Projection_keeps_nested_paths()
    {
        var name = await CreateAsync(client);
        await client.PutItemAsync(name, new()
        {
            ["pk"] = S("p"), ["sk"] = N("1"),
            ["m"] = new() { M = new() { ["keep"] = S("k"), ["drop"] = S("d") } },
            ["l"] = new() { L = [S("zero"), S("one"), S("two")] },
        });
        var item = (await client.GetItemAsync(new GetItemRequest
        {
            TableName = name,
            Key = Key("p", 1),
            ProjectionExpression = "m.keep, l[2], #missing",
            ExpressionAttributeNames = new() { ["#missing"] = "missing" },
        })).Item;
        Assert.Equal(["l", "m"], item.Keys.Order());
        Assert.Equal(["keep"], item["m"].M.Keys);
        Assert.Equal("two", Assert.Single(item["l"].L).S);
    }

    [Fact]
    public async Task Condition_expression_functions_and_operators()
    {
        var name = await CreateAsync(client);
        await client.PutItemAsync(name, new()
        {
            ["pk"] = S("f"), ["sk"] = N("1"), ["name"] = S("hello world"), ["n"] = N("5"),
            ["nums"] = new() { NS = ["1", "2"] }, ["lst"] = new() { L = [S("x")] },
        });
        async Task<bool> Holds(string condition, Dictionary<string, AttributeValue>? values = null)
        {
            try
            {
                await client.UpdateItemAsync(new UpdateItemRequest
                {
                    TableName = name, Key = Key("f", 1), ConditionExpression = condition,
                    ExpressionAttributeNames = condition.Contains("#n") ? new() { ["#n"] = "name" } : null,
                    ExpressionAttributeValues = values,
                });
                return true;
            }
            catch (ConditionalCheckFailedException)
            {
                return false;
            }
        }
        Assert.True(await Holds("begins_with(#n, :p) AND contains(#n, :w)", new() { [":p"] = S("hello"), [":w"] = S("wor") }));
        Assert.True(await Holds("size(#n) = :eleven AND attribute_type(n, :type)", new() { [":eleven"] = N("11"), [":type"] = S("N") }));
        Assert.True(await Holds("n BETWEEN :lo AND :hi AND n IN (:a, :five)", new() { [":lo"] = N("4"), [":hi"] = N("6"), [":a"] = N("1"), [":five"] = N("5.0") }));
        Assert.True(await Holds("contains(#n, :x) OR (contains(nums, :two) AND contains(lst, :lx))",
            new() { [":x"] = S("zzz"), [":two"] = N("2"), [":lx"] = S("x") }));
        Assert.True(await Holds("NOT attribute_exists(nothing) AND n <> :four AND n >= :five", new() { [":four"] = N("4"), [":five"] = N("5") }));
        Assert.False(await Holds("n < :five", new() { [":five"] = N("5") }));
        Assert.False(await Holds("attribute_exists(nothing)"));
    }
}

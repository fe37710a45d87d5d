using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using static LiveScore.LocalCloud.Tests.DynamoDb.SdkTables;

namespace LiveScore.LocalCloud.Tests.DynamoDb;

[Collection(DynamoDbServerCollection.Name)]
public sealed class SdkQueryTests(DynamoDbServer server)
{
    private readonly IAmazonDynamoDB client = server.Client;

    private async Task<string> FilledTableAsync(ProjectionType? gsiProjection = null)
    {
        var name = await CreateAsync(client, gsiProjection: gsiProjection);
        for (var i = 1; i <= 10; i++)
            await client.PutItemAsync(name, new()
            {
                ["pk"] = S("p"), ["sk"] = N(i.ToString()), ["even"] = new() { BOOL = i % 2 == 0 },
                ["gk"] = S(i <= 5 ? "low" : "high"), ["gs"] = S($"s{i:D2}"), ["extra"] = S("e"), ["other"] = S("o"),
            });
        await client.PutItemAsync(name, new() { ["pk"] = S("q"), ["sk"] = N("1") });
        return name;
    }

    [Theory]
    [InlineData("pk = :p AND sk = :a", new[] { 3 })]
    [InlineData("pk = :p AND sk < :a", new[] { 1, 2 })]
    [InlineData("pk = :p AND sk <= :a", new[] { 1, 2, 3 })]
    [InlineData("pk = :p AND sk > :b", new[] { 9, 10 })]
    [InlineData("pk = :p AND sk >= :b", new[] { 8, 9, 10 })]
    [InlineData("pk = :p AND sk BETWEEN :a AND :b", new[] { 3, 4, 5, 6, 7, 8 })]
    [InlineData("(sk BETWEEN :a AND :b) AND (pk = :p)", new[] { 3, 4, 5, 6, 7, 8 })]
    public async Task Key_conditions_select_the_sort_key_range(string condition, int[] expected)
    {
        var name = await FilledTableAsync();
        var response = await client.QueryAsync(new QueryRequest
        {
            TableName = name,
            KeyConditionExpression = condition,
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":p"] = S("p"), [":a"] = N("3"), [":b"] = N("8") }
                .Where(v => condition.Contains(v.Key)).ToDictionary(),
        });
        Assert.Equal(expected.Select(i => i.ToString()), response.Items.Select(i => i["sk"].N));
    }

    [Fact]
    public async Task Begins_with_on_a_string_sort_key_and_descending_order()
    {
        var name = await FilledTableAsync(ProjectionType.ALL);
        var response = await client.QueryAsync(new QueryRequest
        {
            TableName = name,
            IndexName = "byGk",
            KeyConditionExpression = "gk = :g AND begins_with(gs, :prefix)",
            ExpressionAttributeValues = new() { [":g"] = S("high"), [":prefix"] = S("s0") },
            ScanIndexForward = false,
        });
        Assert.Equal(["s09", "s08", "s07", "s06"], response.Items.Select(i => i["gs"].S));
    }

    [Fact]
    public async Task Pagination_applies_limit_before_filter()
    {
        var name = await FilledTableAsync();
        var seen = new List<string>();
        Dictionary<string, AttributeValue>? start = null;
        var pages = 0;
        do
        {
            var page = await client.QueryAsync(new QueryRequest
            {
                TableName = name,
                KeyConditionExpression = "pk = :p",
                FilterExpression = "even = :t",
                ExpressionAttributeValues = new() { [":p"] = S("p"), [":t"] = new() { BOOL = true } },
                Limit = 3,
                ExclusiveStartKey = start,
            });
            pages++;
            Assert.Equal(pages <= 3 ? 3 : 1, page.ScannedCount);
            seen.AddRange(page.Items.Select(i => i["sk"].N));
            start = page.LastEvaluatedKey is { Count: > 0 } key ? key : null;
        }
        while (start is not null);
        Assert.Equal(4, pages);
        Assert.Equal(["2", "4", "6", "8", "10"], seen);
    }

    [Fact]
    public async Task Select_count_returns_only_counts()
    {
        var name = await FilledTableAsync();
        var response = await client.QueryAsync(new QueryRequest
        {
            TableName = name,
            KeyConditionExpression = "pk = :p",
            ExpressionAttributeValues = new() { [":p"] = S("p") },
            Select = Select.COUNT,
        });
        Assert.Equal(10, response.Count);
        Assert.True(response.Items is null || response.Items.Count == 0);
    }

    [Fact]
    public async Task Keys_only_index_projects_keys_and_pages_with_index_keys()
    {
        var name = await FilledTableAsync(ProjectionType.KEYS_ONLY);
        var first = await client.QueryAsync(new QueryRequest
        {
            TableName = name,
            IndexName = "byGk",
            KeyConditionExpression = "gk = :g",
            ExpressionAttributeValues = new() { [":g"] = S("low") },
            Limit = 2,
        });
        Assert.Equal(["gk", "gs", "pk", "sk"], first.Items[0].Keys.Order());
        Assert.Equal(["gk", "gs", "pk", "sk"], first.LastEvaluatedKey.Keys.Order());
        var rest = await client.QueryAsync(new QueryRequest
        {
            TableName = name,
            IndexName = "byGk",
            KeyConditionExpression = "gk = :g",
            ExpressionAttributeValues = new() { [":g"] = S("low") },
            ExclusiveStartKey = first.LastEvaluatedKey,
        });
        Assert.Equal(["s03", "s04", "s05"], rest.Items.Select(i => i["gs"].S));
    }

    [Fact]
    public async Task Include_index_projects_the_named_attributes()
    {
        var name = await FilledTableAsync(ProjectionType.INCLUDE);
        var response = await client.ScanAsync(new ScanRequest { TableName = name, IndexName = "byGk" });
        Assert.Equal(10, response.Count);
        Assert.All(response.Items, i => Assert.Equal(["extra", "gk", "gs", "pk", "sk"], i.Keys.Order()));
    }

    [Fact]
    public async Task Scan_filters_and_pages_in_key_order()
    {
        var name = await FilledTableAsync();
        var keys = new List<string>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await client.ScanAsync(new ScanRequest { TableName = name, Limit = 4, ExclusiveStartKey = start, FilterExpression = "attribute_exists(even)" });
            keys.AddRange(page.Items.Select(i => i["pk"].S + i["sk"].N));
            start = page.LastEvaluatedKey is { Count: > 0 } key ? key : null;
        }
        while (start is not null);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => "p" + i), keys);
    }

    [Fact]
    public async Task Batch_write_and_get()
    {
        var name = await CreateAsync(client);
        await client.BatchWriteItemAsync(new BatchWriteItemRequest
        {
            RequestItems = new()
            {
                [name] = Enumerable.Range(1, 25).Select(i => new WriteRequest(new PutRequest(new() { ["pk"] = S("b"), ["sk"] = N(i.ToString()) }))).ToList(),
            },
        });
        await client.BatchWriteItemAsync(new BatchWriteItemRequest
        {
            RequestItems = new() { [name] = [new WriteRequest(new DeleteRequest(Key("b", 1)))] },
        });
        var response = await client.BatchGetItemAsync(new BatchGetItemRequest
        {
            RequestItems = new() { [name] = new KeysAndAttributes { Keys = [Key("b", 1), Key("b", 2), Key("b", 25)], ProjectionExpression = "sk" } },
        });
        Assert.Equal(["2", "25"], response.Responses[name].Select(i => i["sk"].N).Order());
        Assert.All(response.Responses[name], i => Assert.Equal(["sk"], i.Keys));
    }
}

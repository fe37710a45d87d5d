using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using static LiveScore.LocalCloud.Tests.DynamoDb.SdkTables;

namespace LiveScore.LocalCloud.Tests.DynamoDb;

[Collection(DynamoDbServerCollection.Name)]
public sealed class SdkTableTests(DynamoDbServer server)
{
    private readonly IAmazonDynamoDB client = server.Client;

    [Fact]
    public async Task Created_table_is_described_listed_and_deleted()
    {
        var name = await CreateAsync(client, stream: StreamViewType.NEW_AND_OLD_IMAGES, gsiProjection: ProjectionType.KEYS_ONLY);
        await client.PutItemAsync(name, new Dictionary<string, AttributeValue> { ["pk"] = S("a"), ["sk"] = N("1"), ["gk"] = S("g"), ["gs"] = S("1") });

        var table = (await client.DescribeTableAsync(name)).Table;
        Assert.Equal(TableStatus.ACTIVE, table.TableStatus);
        Assert.Equal(1, table.ItemCount);
        Assert.Equal(["pk", "sk"], table.KeySchema.Select(k => k.AttributeName));
        Assert.Equal(4, table.AttributeDefinitions.Count);
        Assert.Equal(BillingMode.PAY_PER_REQUEST, table.BillingModeSummary.BillingMode);
        var index = Assert.Single(table.GlobalSecondaryIndexes);
        Assert.Equal(IndexStatus.ACTIVE, index.IndexStatus);
        Assert.Equal(1, index.ItemCount);
        Assert.True(table.StreamSpecification.StreamEnabled);
        Assert.Equal(StreamViewType.NEW_AND_OLD_IMAGES, table.StreamSpecification.StreamViewType);
        Assert.Equal($"arn:aws:dynamodb:us-east-1:000000000000:table/{name}/stream/{table.LatestStreamLabel}", table.LatestStreamArn);

        Assert.Contains(name, (await client.ListTablesAsync(new ListTablesRequest())).TableNames);
        await client.DeleteTableAsync(name);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.DescribeTableAsync(name));
        Assert.DoesNotContain(name, (await client.ListTablesAsync(new ListTablesRequest())).TableNames ?? []);
    }

    [Fact]
    public async Task ListTables_pages_with_limit()
    {
        var names = new List<string>();
        for (var i = 0; i < 3; i++) names.Add(await CreateAsync(client, withRange: false));
        var seen = new List<string>();
        string? start = null;
        do
        {
            var page = await client.ListTablesAsync(new ListTablesRequest { Limit = 1, ExclusiveStartTableName = start });
            Assert.True(page.TableNames.Count <= 1);
            seen.AddRange(page.TableNames);
            start = page.LastEvaluatedTableName;
        }
        while (start is not null);
        Assert.Subset(seen.ToHashSet(), names.ToHashSet());
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Creating_an_existing_table_is_ResourceInUse()
    {
        var name = await CreateAsync(client);
        await Assert.ThrowsAsync<ResourceInUseException>(() => client.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        }));
    }

    [Fact]
    public async Task Time_to_live_setting_is_recorded()
    {
        var name = await CreateAsync(client);
        Assert.Equal(TimeToLiveStatus.DISABLED, (await client.DescribeTimeToLiveAsync(name)).TimeToLiveDescription.TimeToLiveStatus);
        await client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
        {
            TableName = name,
            TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = "expiresAt", Enabled = true },
        });
        var description = (await client.DescribeTimeToLiveAsync(name)).TimeToLiveDescription;
        Assert.Equal(TimeToLiveStatus.ENABLED, description.TimeToLiveStatus);
        Assert.Equal("expiresAt", description.AttributeName);
    }

    [Fact]
    public async Task Local_secondary_indexes_are_refused_with_a_pointer_to_DynamoDB_Local()
    {
        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => client.CreateTableAsync(new CreateTableRequest
        {
            TableName = DynamoDbServer.UniqueName("lsi"),
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
            AttributeDefinitions = [new("pk", ScalarAttributeType.S), new("sk", ScalarAttributeType.S), new("l", ScalarAttributeType.S)],
            LocalSecondaryIndexes =
            [
                new LocalSecondaryIndex
                {
                    IndexName = "local",
                    KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("l", KeyType.RANGE)],
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                },
            ],
        }));
        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Contains("LocalSecondaryIndexes", error.Message);
        Assert.Contains("--dynamodb-endpoint", error.Message);
    }

    [Fact]
    public async Task PartiQL_is_refused_with_a_pointer_to_DynamoDB_Local()
    {
        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() =>
            client.ExecuteStatementAsync(new ExecuteStatementRequest { Statement = "SELECT * FROM t" }));
        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Contains("ExecuteStatement", error.Message);
        Assert.Contains("--dynamodb-endpoint", error.Message);
    }
}

using Arena.Functions;
using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using LiveScore.Lambda.Catalog;

namespace Arena.InfraTests.Hosting;

public class TableTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    public static TheoryData<string> CatalogTables() => [.. AppCatalog.Tables.Select(t => t.Name)];

    [Fact]
    public void Deploys_exactly_the_catalog_tables()
    {
        app.Template.ResourceCountIs("AWS::DynamoDB::Table", AppCatalog.Tables.Count);
    }

    [Fact]
    public void Every_table_is_on_demand_encrypted_recoverable_and_retained()
    {
        app.Template.AllResourcesProperties("AWS::DynamoDB::Table", Match.ObjectLike(new Dictionary<string, object>
        {
            ["BillingMode"] = "PAY_PER_REQUEST",
            ["PointInTimeRecoverySpecification"] = new Dictionary<string, object> { ["PointInTimeRecoveryEnabled"] = true },
            ["SSESpecification"] = new Dictionary<string, object> { ["SSEEnabled"] = true },
        }));
        app.Template.AllResources("AWS::DynamoDB::Table", Match.ObjectLike(new Dictionary<string, object>
        {
            ["DeletionPolicy"] = "Retain",
            ["UpdateReplacePolicy"] = "Retain",
        }));
    }

    [Theory]
    [MemberData(nameof(CatalogTables))]
    public void Keys_match_the_definition(string name)
    {
        var definition = AppCatalog.Tables.Single(t => t.Name == name);
        var properties = TableProperties(name);

        var expectedKeys = KeySchema(definition.PartitionKey, definition.SortKey);
        Assert.True(JsonNode.DeepEquals(expectedKeys, properties["KeySchema"]), properties["KeySchema"]!.ToJsonString());
        var attributeTypes = properties["AttributeDefinitions"]!.AsArray()
            .ToDictionary(a => (string)a!["AttributeName"]!, a => (string)a!["AttributeType"]!);
        var definedKeys = new[] { definition.PartitionKey, definition.SortKey }
            .Concat(definition.Indexes.SelectMany(i => new[] { i.PartitionKey, i.SortKey }))
            .OfType<KeyAttribute>();
        Assert.All(definedKeys, key => Assert.Equal(AttributeType(key), attributeTypes[key.Name]));
    }

    [Theory]
    [MemberData(nameof(CatalogTables))]
    public void Stream_is_new_and_old_images_only_when_defined(string name)
    {
        var definition = AppCatalog.Tables.Single(t => t.Name == name);

        Assert.Equal(definition.Stream ? "NEW_AND_OLD_IMAGES" : null, (string?)TableProperties(name)["StreamSpecification"]?["StreamViewType"]);
    }

    [Theory]
    [MemberData(nameof(CatalogTables))]
    public void Time_to_live_attribute_is_enabled_only_when_defined(string name)
    {
        var definition = AppCatalog.Tables.Single(t => t.Name == name);
        var timeToLive = TableProperties(name)["TimeToLiveSpecification"];

        Assert.Equal(definition.TimeToLiveAttribute, (string?)timeToLive?["AttributeName"]);
        Assert.Equal(definition.TimeToLiveAttribute is null ? null : true, (bool?)timeToLive?["Enabled"]);
    }

    [Theory]
    [MemberData(nameof(CatalogTables))]
    public void Global_secondary_indexes_match_the_definition(string name)
    {
        var definition = AppCatalog.Tables.Single(t => t.Name == name);
        var indexes = TableProperties(name)["GlobalSecondaryIndexes"]?.AsArray() ?? [];

        Assert.Equal(definition.Indexes.Select(i => i.Name).Order(), indexes.Select(i => (string)i!["IndexName"]!).Order());
        foreach (var index in definition.Indexes)
        {
            var deployed = indexes.Single(i => (string)i!["IndexName"]! == index.Name)!;
            var expectedKeys = KeySchema(index.PartitionKey, index.SortKey);
            Assert.True(JsonNode.DeepEquals(expectedKeys, deployed["KeySchema"]), deployed["KeySchema"]!.ToJsonString());
        }
    }

    private JsonObject TableProperties(string name) => app.Json.Properties(app.LogicalId(app.Resources.Table(name)));

    private static JsonArray KeySchema(KeyAttribute partitionKey, KeyAttribute? sortKey) =>
        [
            new JsonObject { ["AttributeName"] = partitionKey.Name, ["KeyType"] = "HASH" },
            .. sortKey is null ? Array.Empty<JsonObject>() : [new JsonObject { ["AttributeName"] = sortKey.Name, ["KeyType"] = "RANGE" }],
        ];

    private static string AttributeType(KeyAttribute key) => key.Type switch
    {
        KeyType.String => "S",
        KeyType.Number => "N",
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };
}

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

        var expectedKeys = new JsonArray(KeyElement(definition.PartitionKey, "HASH"));
        if (definition.SortKey is { } sortKey)
        {
            expectedKeys.Add(KeyElement(sortKey, "RANGE"));
        }

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
        var stream = TableProperties(name)["StreamSpecification"];

        if (definition.Stream)
        {
            Assert.Equal("NEW_AND_OLD_IMAGES", (string?)stream?["StreamViewType"]);
        }
        else
        {
            Assert.Null(stream);
        }
    }

    [Theory]
    [MemberData(nameof(CatalogTables))]
    public void Time_to_live_attribute_is_enabled_only_when_defined(string name)
    {
        var definition = AppCatalog.Tables.Single(t => t.Name == name);
        var timeToLive = TableProperties(name)["TimeToLiveSpecification"];

        if (definition.TimeToLiveAttribute is { } attribute)
        {
            Assert.Equal(attribute, (string?)timeToLive?["AttributeName"]);
            Assert.True((bool?)timeToLive?["Enabled"]);
        }
        else
        {
            Assert.Null(timeToLive);
        }
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
            var expectedKeys = new JsonArray(KeyElement(index.PartitionKey, "HASH"));
            if (index.SortKey is { } sortKey)
            {
                expectedKeys.Add(KeyElement(sortKey, "RANGE"));
            }

            Assert.True(JsonNode.DeepEquals(expectedKeys, deployed["KeySchema"]), deployed["KeySchema"]!.ToJsonString());
        }
    }

    private JsonObject TableProperties(string name) => app.Json.Properties(app.LogicalId(app.Resources.Table(name)));

    private static JsonObject KeyElement(KeyAttribute key, string keyType) =>
        new() { ["AttributeName"] = key.Name, ["KeyType"] = keyType };

    private static string AttributeType(KeyAttribute key) => key.Type switch
    {
        KeyType.String => "S",
        KeyType.Number => "N",
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };
}

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LiveScore.LocalCloud.DynamoDb.Model;
using LiveScore.LocalCloud.DynamoDb.Streams;

namespace LiveScore.LocalCloud.DynamoDb.Operations;

/// <summary>CreateTable, DescribeTable, ListTables, DeleteTable and the time-to-live setting.</summary>
internal static partial class TableOperations
{
    [GeneratedRegex("^[a-zA-Z0-9_.-]{3,255}$")]
    private static partial Regex ValidName();

    public static JsonObject CreateTable(Database database, JsonObject request)
    {
        if (request["LocalSecondaryIndexes"] is not null) throw DynamoDbException.Unsupported("LocalSecondaryIndexes");
        var name = CheckName(request.RequiredString("TableName"));
        var definitions = request.RequiredArray("AttributeDefinitions").Objects()
            .Select(d => (Name: d.RequiredString("AttributeName"), Type: ParseKeyType(d.RequiredString("AttributeType"))))
            .ToList();
        var key = ReadKeySchema(request.RequiredArray("KeySchema"), definitions);
        var billingMode = request.OptionalEnum("BillingMode", "PROVISIONED", "PAY_PER_REQUEST") ?? "PROVISIONED";
        var throughput = ReadThroughput(request.OptionalObject("ProvisionedThroughput"), billingMode, null);

        var indexes = new List<SecondaryIndex>();
        foreach (var gsi in request.OptionalArray("GlobalSecondaryIndexes")?.Objects() ?? [])
        {
            var indexName = CheckName(gsi.RequiredString("IndexName"));
            if (indexes.Any(i => i.Name == indexName)) throw DynamoDbException.Validation($"One or more parameter values were invalid: Duplicate index name: {indexName}");
            var projection = gsi.RequiredObject("Projection");
            var projectionType = projection.OptionalEnum("ProjectionType", "ALL", "KEYS_ONLY", "INCLUDE") ?? "ALL";
            var nonKey = projection.OptionalArray("NonKeyAttributes")?.Select(n => n?.GetValue<string>() ?? "").ToList() ?? [];
            if (projectionType != "INCLUDE" && nonKey.Count > 0)
                throw DynamoDbException.Validation("One or more parameter values were invalid: ProjectionType is " + projectionType + ", but NonKeyAttributes is specified");
            indexes.Add(new SecondaryIndex(indexName, ReadKeySchema(gsi.RequiredArray("KeySchema"), definitions), projectionType, nonKey)
            {
                Throughput = ReadThroughput(gsi.OptionalObject("ProvisionedThroughput"), billingMode, indexName),
            });
        }
        var used = key.Names.Concat(indexes.SelectMany(i => i.Key.Names)).Distinct().ToList();
        var defined = definitions.Select(d => d.Name).ToList();
        if (defined.Except(used).Any())
            throw DynamoDbException.Validation(
                $"One or more parameter values were invalid: Some AttributeDefinitions are not used. AttributeDefinitions: [{string.Join(", ", defined)}], keys used: [{string.Join(", ", used)}]");

        if (database.Tables.ContainsKey(name)) throw new DynamoDbException("ResourceInUseException", $"Table already exists: {name}");
        var now = database.Now;
        var arn = $"arn:aws:dynamodb:{database.Region}:{database.AccountId}:table/{name}";
        var table = new Table(name, arn, key, definitions, indexes, now)
        {
            BillingMode = billingMode,
            Throughput = throughput,
            Stream = ReadStream(request.OptionalObject("StreamSpecification"), arn, name, key, now, database.LastSequenceNumber + 1),
        };
        database.Tables[name] = table;
        return new JsonObject { ["TableDescription"] = Describe(table) };
    }

    private static string CheckName(string name) => ValidName().IsMatch(name) ? name : throw DynamoDbException.Validation(
        "Invalid table/index name.  Table/index names must be between 3 and 255 characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'");

    private static AttributeType ParseKeyType(string type) => type switch
    {
        "S" => AttributeType.S,
        "N" => AttributeType.N,
        "B" => AttributeType.B,
        _ => throw DynamoDbException.Validation(
            $"1 validation error detected: Value '{type}' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]"),
    };

    private static KeySchema ReadKeySchema(JsonArray elements, List<(string Name, AttributeType Type)> definitions)
    {
        var parts = elements.Objects().Select(e => (Name: e.RequiredString("AttributeName"), Type: e.OptionalEnum("KeyType", "HASH", "RANGE"))).ToList();
        if (parts.Count is < 1 or > 2)
            throw DynamoDbException.Validation("1 validation error detected: Value at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2");
        if (parts[0].Type != "HASH") throw DynamoDbException.Validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        if (parts.Count == 2 && parts[1].Type != "RANGE") throw DynamoDbException.Validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        if (parts.Count == 2 && parts[0].Name == parts[1].Name)
            throw DynamoDbException.Validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        AttributeType TypeOf(string attribute) => definitions.FirstOrDefault(d => d.Name == attribute) is { Name: not null } d ? d.Type
            : throw DynamoDbException.Validation(
                $"One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [{string.Join(", ", parts.Select(p => p.Name))}], AttributeDefinitions: [{string.Join(", ", definitions.Select(x => x.Name))}]");
        return new KeySchema(parts[0].Name, TypeOf(parts[0].Name), parts.Count == 2 ? parts[1].Name : null,
            parts.Count == 2 ? TypeOf(parts[1].Name) : AttributeType.S);
    }

    private static (long?, long?) ReadThroughput(JsonObject? throughput, string billingMode, string? indexName)
    {
        var read = throughput?.OptionalNumber("ReadCapacityUnits");
        var write = throughput?.OptionalNumber("WriteCapacityUnits");
        if (billingMode == "PAY_PER_REQUEST" && throughput is not null)
            throw DynamoDbException.Validation("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        if (billingMode == "PROVISIONED" && (read is null || write is null))
            throw DynamoDbException.Validation(indexName is null
                ? "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED"
                : $"One or more parameter values were invalid: ProvisionedThroughput must be specified for index: {indexName}");
        return (read, write);
    }

    private static TableStream? ReadStream(JsonObject? spec, string tableArn, string name, KeySchema key, DateTimeOffset now, long firstSequenceNumber)
    {
        if (spec is null || spec.OptionalBool("StreamEnabled") != true) return null;
        var viewType = spec.OptionalEnum("StreamViewType", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY")
            ?? throw DynamoDbException.Validation("One or more parameter values were invalid: StreamViewType is required when StreamEnabled is true");
        var label = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture);
        return new TableStream($"{tableArn}/stream/{label}", label, viewType, name, key, now, firstSequenceNumber);
    }

    public static JsonObject DescribeTable(Database database, JsonObject request) =>
        new() { ["Table"] = Describe(database.Table(request.RequiredString("TableName"))) };

    public static JsonObject DeleteTable(Database database, JsonObject request)
    {
        var table = database.Table(request.RequiredString("TableName"));
        database.Tables.Remove(table.Name);
        return new JsonObject { ["TableDescription"] = Describe(table) };
    }

    public static JsonObject ListTables(Database database, JsonObject request)
    {
        var limit = request.OptionalNumber("Limit") ?? 100;
        if (limit is < 1 or > 100)
            throw DynamoDbException.Validation($"1 validation error detected: Value '{limit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100");
        var start = request.OptionalString("ExclusiveStartTableName");
        var names = database.Tables.Keys.Where(n => start is null || string.CompareOrdinal(n, start) > 0).ToList();
        var page = names.Take((int)limit).ToList();
        var response = new JsonObject { ["TableNames"] = new JsonArray(page.Select(n => (JsonNode)n).ToArray()) };
        if (names.Count > page.Count) response["LastEvaluatedTableName"] = page[^1];
        return response;
    }

    public static JsonObject UpdateTimeToLive(Database database, JsonObject request)
    {
        var table = database.Table(request.RequiredString("TableName"));
        var spec = request.RequiredObject("TimeToLiveSpecification");
        var enabled = spec.OptionalBool("Enabled") ?? throw DynamoDbException.Validation(
            "1 validation error detected: Value null at 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null");
        var attribute = spec.RequiredString("AttributeName");
        if (enabled && table.TimeToLive.Enabled) throw DynamoDbException.Validation("TimeToLive is already enabled");
        if (!enabled && !table.TimeToLive.Enabled) throw DynamoDbException.Validation("TimeToLive is already disabled");
        table.TimeToLive = (enabled, enabled ? attribute : null);
        return new JsonObject { ["TimeToLiveSpecification"] = new JsonObject { ["AttributeName"] = attribute, ["Enabled"] = enabled } };
    }

    public static JsonObject DescribeTimeToLive(Database database, JsonObject request)
    {
        var table = database.Table(request.RequiredString("TableName"));
        var description = new JsonObject { ["TimeToLiveStatus"] = table.TimeToLive.Enabled ? "ENABLED" : "DISABLED" };
        if (table.TimeToLive.AttributeName is { } attribute) description["AttributeName"] = attribute;
        return new JsonObject { ["TimeToLiveDescription"] = description };
    }

    private static JsonObject Describe(Table table)
    {
        var description = new JsonObject
        {
            ["AttributeDefinitions"] = new JsonArray(table.AttributeDefinitions
                .Select(d => (JsonNode)new JsonObject { ["AttributeName"] = d.Name, ["AttributeType"] = d.Type.ToString() }).ToArray()),
            ["TableName"] = table.Name,
            ["KeySchema"] = DescribeKey(table.Key),
            ["TableStatus"] = "ACTIVE",
            ["CreationDateTime"] = EpochSeconds(table.CreatedAt),
            ["ProvisionedThroughput"] = DescribeThroughput(table.Throughput),
            ["TableSizeBytes"] = table.SizeBytes,
            ["ItemCount"] = table.Items.Count,
            ["TableArn"] = table.Arn,
        };
        if (table.BillingMode == "PAY_PER_REQUEST")
            description["BillingModeSummary"] = new JsonObject
            {
                ["BillingMode"] = "PAY_PER_REQUEST",
                ["LastUpdateToPayPerRequestDateTime"] = EpochSeconds(table.CreatedAt),
            };
        if (table.Indexes.Count > 0)
            description["GlobalSecondaryIndexes"] = new JsonArray(table.Indexes.Select(i => (JsonNode)DescribeIndex(table, i)).ToArray());
        if (table.Stream is { } stream)
        {
            description["StreamSpecification"] = new JsonObject { ["StreamEnabled"] = true, ["StreamViewType"] = stream.ViewType };
            description["LatestStreamLabel"] = stream.Label;
            description["LatestStreamArn"] = stream.Arn;
        }
        description["DeletionProtectionEnabled"] = false;
        return description;
    }

    private static JsonObject DescribeIndex(Table table, SecondaryIndex index)
    {
        var projection = new JsonObject { ["ProjectionType"] = index.ProjectionType };
        if (index.NonKeyAttributes.Count > 0)
            projection["NonKeyAttributes"] = new JsonArray(index.NonKeyAttributes.Select(n => (JsonNode)n).ToArray());
        return new JsonObject
        {
            ["IndexName"] = index.Name,
            ["KeySchema"] = DescribeKey(index.Key),
            ["Projection"] = projection,
            ["IndexStatus"] = "ACTIVE",
            ["ProvisionedThroughput"] = new JsonObject
            {
                ["ReadCapacityUnits"] = index.Throughput.ReadCapacity ?? 0,
                ["WriteCapacityUnits"] = index.Throughput.WriteCapacity ?? 0,
            },
            ["IndexSizeBytes"] = 0,
            ["ItemCount"] = index.Items.Count,
            ["IndexArn"] = $"{table.Arn}/index/{index.Name}",
        };
    }

    private static JsonArray DescribeKey(KeySchema key) => new(key.Names
        .Select(n => (JsonNode)new JsonObject { ["AttributeName"] = n, ["KeyType"] = n == key.HashName ? "HASH" : "RANGE" }).ToArray());

    private static JsonObject DescribeThroughput((long? Read, long? Write) throughput) => new()
    {
        ["NumberOfDecreasesToday"] = 0,
        ["ReadCapacityUnits"] = throughput.Read ?? 0,
        ["WriteCapacityUnits"] = throughput.Write ?? 0,
    };

    public static decimal EpochSeconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000m;
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace LiveScore.LocalCloud.Tests.DynamoDb;

/// <summary>Creates the tables the SDK tests use: pk (S) + sk (N), a GSI on gk/gs, and optionally a stream.</summary>
internal static class SdkTables
{
    public static async Task<string> CreateAsync(IAmazonDynamoDB client, bool withRange = true, StreamViewType? stream = null, ProjectionType? gsiProjection = null)
    {
        var name = DynamoDbServer.UniqueName("sdk");
        var request = new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        };
        if (withRange)
        {
            request.KeySchema.Add(new KeySchemaElement("sk", KeyType.RANGE));
            request.AttributeDefinitions.Add(new AttributeDefinition("sk", ScalarAttributeType.N));
        }
        if (gsiProjection is not null)
        {
            request.AttributeDefinitions.Add(new AttributeDefinition("gk", ScalarAttributeType.S));
            request.AttributeDefinitions.Add(new AttributeDefinition("gs", ScalarAttributeType.S));
            request.GlobalSecondaryIndexes =
            [
                new GlobalSecondaryIndex
                {
                    IndexName = "byGk",
                    KeySchema = [new KeySchemaElement("gk", KeyType.HASH), new KeySchemaElement("gs", KeyType.RANGE)],
                    Projection = new Projection
                    {
                        ProjectionType = gsiProjection,
                        NonKeyAttributes = gsiProjection == ProjectionType.INCLUDE ? ["extra"] : null,
                    },
                },
            ];
        }
        if (stream is not null) request.StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = stream };
        await client.CreateTableAsync(request);
        return name;
    }

    public static AttributeValue S(string s) => new() { S = s };
    public static AttributeValue N(string n) => new() { N = n };

    public static Dictionary<string, AttributeValue> Key(string pk, int sk) => new() { ["pk"] = S(pk), ["sk"] = N(sk.ToString()) };
}

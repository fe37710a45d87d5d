using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Arena.Functions.Connections;

/// <summary>The Connections table; entries expire through TTL in case a $disconnect is never delivered.</summary>
public sealed class DynamoDbConnectionRegistry(IAmazonDynamoDB dynamoDb, string tableName) : IConnectionRegistry
{
    /// <summary>API Gateway closes WebSocket connections after two hours at the latest.</summary>
    public static readonly TimeSpan MaxConnectionAge = TimeSpan.FromHours(2);

    public Task AddAsync(string connectionId, DateTimeOffset connectedAt, CancellationToken cancellationToken) =>
        dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = tableName,
            Item = new Dictionary<string, AttributeValue>
            {
                ["connectionId"] = new() { S = connectionId },
                ["connectedAt"] = new() { S = connectedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) },
                ["expiresAt"] = new() { N = connectedAt.Add(MaxConnectionAge).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) },
            },
        }, cancellationToken);

    public Task RemoveAsync(string connectionId, CancellationToken cancellationToken) =>
        dynamoDb.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = tableName,
            Key = new Dictionary<string, AttributeValue> { ["connectionId"] = new() { S = connectionId } },
        }, cancellationToken);

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await dynamoDb.ScanAsync(new ScanRequest
            {
                TableName = tableName,
                ProjectionExpression = "connectionId",
                ExclusiveStartKey = start,
            }, cancellationToken);
            ids.AddRange((page.Items ?? []).Select(item => item["connectionId"].S));
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);
        return ids;
    }
}

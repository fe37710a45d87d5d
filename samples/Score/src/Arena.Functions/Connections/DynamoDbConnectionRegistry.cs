using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LiveScore.Lambda;

namespace Arena.Functions.Connections;

/// <summary>
/// The Connections table, one item per connection: connectedAt, then disconnectedAt once closed. Items expire through
/// TTL, also when a $disconnect is never delivered.
/// </summary>
public sealed class DynamoDbConnectionRegistry(IAmazonDynamoDB dynamoDb, string tableName) : IConnectionRegistry
{
    /// <summary>API Gateway closes WebSocket connections after two hours at the latest.</summary>
    public static readonly TimeSpan MaxConnectionAge = TimeSpan.FromHours(2);

    /// <summary>How long the record of a closed connection is kept.</summary>
    public static readonly TimeSpan ClosedRetention = TimeSpan.FromDays(1);

    public Task AddAsync(string connectionId, DateTimeOffset connectedAt, CancellationToken cancellationToken) =>
        dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = tableName,
            Item = new Dictionary<string, AttributeValue>
            {
                ["connectionId"] = new() { S = connectionId },
                ["connectedAt"] = new() { S = Timestamps.Format(connectedAt) },
                ["expiresAt"] = Epoch(connectedAt.Add(MaxConnectionAge)),
            },
        }, cancellationToken);

    // A $disconnect for a record already pruned leaves a closed record behind, which the TTL removes like any other.
    public Task MarkDisconnectedAsync(string connectionId, DateTimeOffset disconnectedAt, CancellationToken cancellationToken) =>
        dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = tableName,
            Key = Key(connectionId),
            UpdateExpression = "SET disconnectedAt = :at, expiresAt = :expires",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":at"] = new() { S = Timestamps.Format(disconnectedAt) },
                [":expires"] = Epoch(disconnectedAt.Add(ClosedRetention)),
            },
        }, cancellationToken);

    public Task RemoveAsync(string connectionId, CancellationToken cancellationToken) =>
        dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = tableName, Key = Key(connectionId) }, cancellationToken);

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
                FilterExpression = "attribute_not_exists(disconnectedAt)",
                ExclusiveStartKey = start,
            }, cancellationToken);
            ids.AddRange((page.Items ?? []).Select(item => item["connectionId"].S));
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);
        return ids;
    }

    private static Dictionary<string, AttributeValue> Key(string connectionId) =>
        new() { ["connectionId"] = new() { S = connectionId } };

    private static AttributeValue Epoch(DateTimeOffset time) =>
        new() { N = time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
}

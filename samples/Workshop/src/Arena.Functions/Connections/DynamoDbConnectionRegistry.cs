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

    public async Task<MessageRecording> RecordMessageAsync(
        string connectionId, string message, DateTimeOffset sentAt, TimeSpan minInterval, CancellationToken cancellationToken)
    {
        try
        {
            // One conditional write is both the rate limit and the record: no read, no race between two messages.
            await dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName,
                Key = Key(connectionId),
                UpdateExpression = "SET latestMessage = :message, latestMessageAt = :at",
                ConditionExpression = "attribute_exists(connectionId) AND attribute_not_exists(disconnectedAt) "
                    + "AND (attribute_not_exists(latestMessageAt) OR latestMessageAt <= :earliest)",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>
                {
                    [":message"] = new() { S = message },
                    [":at"] = new() { S = Timestamps.Format(sentAt) },
                    [":earliest"] = new() { S = Timestamps.Format(sentAt - minInterval) },
                },
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            }, cancellationToken);
            return MessageRecording.Recorded;
        }
        catch (ConditionalCheckFailedException e)
        {
            return e.Item is { Count: > 0 } old && !old.ContainsKey("disconnectedAt") ? MessageRecording.TooSoon : MessageRecording.NotConnected;
        }
    }

    public async Task RecordBroadcastAsync(string connectionId, string message, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName,
                Key = Key(connectionId),
                UpdateExpression = "SET latestBroadcast = :message, latestBroadcastAt = :at",
                ConditionExpression = "attribute_exists(connectionId)",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>
                {
                    [":message"] = new() { S = message },
                    [":at"] = new() { S = Timestamps.Format(sentAt) },
                },
            }, cancellationToken);
        }
        catch (ConditionalCheckFailedException)
        {
            // Closed and pruned in the meantime: nothing to record on.
        }
    }

    private static Dictionary<string, AttributeValue> Key(string connectionId) =>
        new() { ["connectionId"] = new() { S = connectionId } };

    private static AttributeValue Epoch(DateTimeOffset time) =>
        new() { N = time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
}

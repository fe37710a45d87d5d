using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LiveScore.Lambda;

namespace Arena.Functions.Score;

/// <summary>The Players table through the AWS SDK. Writes are single conditional or atomic operations, so concurrent writers never lose an update.</summary>
public sealed class DynamoDbPlayerStore(IAmazonDynamoDB dynamoDb, string tableName) : IPlayerStore
{
    /// <summary>Every player sits in one leaderboard partition of the index, sorted by score.</summary>
    public const string Board = "global";

    public async Task<Player?> CreateAsync(PlayerInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var player = new Player(input.PlayerId, input.Name ?? input.PlayerId, input.Score, 1, Timestamps.Format(now));
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = ToItem(player),
                ConditionExpression = "attribute_not_exists(playerId)",
            }, cancellationToken);
            return player;
        }
        catch (ConditionalCheckFailedException)
        {
            return null;
        }
    }

    public async Task<(Player Player, bool Inserted)> UpsertAsync(PlayerInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nameExpression = input.Name is null ? "if_not_exists(#name, :id)" : ":name";
        var values = new Dictionary<string, AttributeValue>
        {
            [":score"] = Number(input.Score),
            [":updatedAt"] = new() { S = Timestamps.Format(now) },
            [":board"] = new() { S = Board },
            [":zero"] = Number(0),
            [":one"] = Number(1),
        };
        // DynamoDB rejects a request that defines a value its expressions do not use.
        if (input.Name is null)
        {
            values[":id"] = new() { S = input.PlayerId };
        }
        else
        {
            values[":name"] = new() { S = input.Name };
        }
        var response = await dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = tableName,
            Key = Key(input.PlayerId),
            UpdateExpression = $"SET #name = {nameExpression}, score = :score, updatedAt = :updatedAt, board = :board, version = if_not_exists(version, :zero) + :one",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#name"] = "name" },
            ExpressionAttributeValues = values,
            ReturnValues = ReturnValue.ALL_NEW,
        }, cancellationToken);
        var player = FromItem(response.Attributes);
        return (player, player.Version == 1);
    }

    public Task DeleteAsync(string playerId, CancellationToken cancellationToken) =>
        dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = tableName, Key = Key(playerId) }, cancellationToken);

    public async Task<Player?> GetAsync(string playerId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = Key(playerId), ConsistentRead = true }, cancellationToken);
        return response.Item is { Count: > 0 } item ? FromItem(item) : null;
    }

    public async Task<IReadOnlyList<Player>> LeaderboardAsync(int limit, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.QueryAsync(new QueryRequest
        {
            TableName = tableName,
            IndexName = ScoreCatalog.LeaderboardIndex,
            KeyConditionExpression = "board = :board",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":board"] = new() { S = Board } },
            ScanIndexForward = false,
            Limit = limit,
        }, cancellationToken);
        return (response.Items ?? []).Select(FromItem).ToList();
    }

    public static Dictionary<string, AttributeValue> ToItem(Player player) => new()
    {
        ["playerId"] = new() { S = player.PlayerId },
        ["name"] = new() { S = player.Name },
        ["score"] = Number(player.Score),
        ["version"] = Number(player.Version),
        ["updatedAt"] = new() { S = player.UpdatedAt },
        ["board"] = new() { S = Board },
    };

    public static Player FromItem(Dictionary<string, AttributeValue> item) => new(
        item["playerId"].S,
        item["name"].S,
        long.Parse(item["score"].N, CultureInfo.InvariantCulture),
        long.Parse(item["version"].N, CultureInfo.InvariantCulture),
        item["updatedAt"].S);

    private static Dictionary<string, AttributeValue> Key(string playerId) => new() { ["playerId"] = new() { S = playerId } };

    private static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

}

using System.Globalization;
using LiveScore.Lambda.Events;

namespace Arena.Functions.Score;

/// <summary>Reads a player from a stream record image.</summary>
public static class PlayerImage
{
    public static Player? From(IReadOnlyDictionary<string, AttributeValue>? image) =>
        image is null || !image.ContainsKey("playerId")
            ? null
            : new Player(
                image["playerId"].S ?? "",
                image.TryGetValue("name", out var name) ? name.S ?? "" : "",
                image.TryGetValue("score", out var score) ? long.Parse(score.N ?? "0", CultureInfo.InvariantCulture) : 0,
                image.TryGetValue("version", out var version) ? long.Parse(version.N ?? "0", CultureInfo.InvariantCulture) : 0,
                image.TryGetValue("updatedAt", out var updatedAt) ? updatedAt.S ?? "" : "");

    public static ScoreChange ToChange(DynamoDbStreamRecord record) => new(
        record.EventId,
        record.EventName.ToString().ToUpperInvariant(),
        PlayerImage.From(record.Dynamodb.NewImage),
        PlayerImage.From(record.Dynamodb.OldImage));
}

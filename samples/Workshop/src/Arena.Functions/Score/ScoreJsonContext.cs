using System.Text.Json.Serialization;
using LiveScore.Lambda.Http;

namespace Arena.Functions.Score;

[JsonSerializable(typeof(Player))]
[JsonSerializable(typeof(IReadOnlyList<Player>))]
[JsonSerializable(typeof(ScoreChangeMessage))]
internal sealed partial class ScoreJsonContext : JsonSerializerContext
{
    public static ScoreJsonContext Web { get; } = new(WebJson.Options());
}

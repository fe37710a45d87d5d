using System.Globalization;
using LiveScore.Lambda;
using LiveScore.Lambda.Events;
using Arena.Functions.Score;
using LiveScore.LocalCloud.Tables;

namespace Arena.Local.Score;

/// <summary>
/// The Players table in memory, with the semantics and item attributes of <see cref="DynamoDbPlayerStore"/>, so that
/// stream images and the leaderboard look the same in both modes.
/// </summary>
public sealed class EmbeddedPlayerStore(EmbeddedTable table) : IPlayerStore
{
    public Task<Player?> CreateAsync(PlayerInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var player = new Player(input.PlayerId, input.Name ?? input.PlayerId, input.Score, 1, Timestamps.Format(now));
        return Task.FromResult(table.Put(ToItem(player), existing => existing is null) ? player : null);
    }

    public Task<(Player Player, bool Inserted)> UpsertAsync(PlayerInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = table.Update(Key(input.PlayerId), existing =>
        {
            var previous = PlayerImage.From(existing);
            return ToItem(new Player(
                input.PlayerId,
                input.Name ?? previous?.Name ?? input.PlayerId,
                input.Score,
                (previous?.Version ?? 0) + 1,
                Timestamps.Format(now)));
        });
        var player = PlayerImage.From(stored)!;
        return Task.FromResult((player, player.Version == 1));
    }

    public Task DeleteAsync(string playerId, CancellationToken cancellationToken)
    {
        table.Delete(Key(playerId));
        return Task.CompletedTask;
    }

    public Task<Player?> GetAsync(string playerId, CancellationToken cancellationToken) =>
        Task.FromResult(PlayerImage.From(table.Get(Key(playerId))));

    public Task<IReadOnlyList<Player>> LeaderboardAsync(int limit, CancellationToken cancellationToken)
    {
        var items = table.Query(ScoreCatalog.LeaderboardIndex, new AttributeValue { S = DynamoDbPlayerStore.Board }, descending: true, limit);
        return Task.FromResult<IReadOnlyList<Player>>(items.Select(item => PlayerImage.From(item)!).ToList());
    }

    private static Dictionary<string, AttributeValue> ToItem(Player player) => new()
    {
        ["playerId"] = new() { S = player.PlayerId },
        ["name"] = new() { S = player.Name },
        ["score"] = Number(player.Score),
        ["version"] = Number(player.Version),
        ["updatedAt"] = new() { S = player.UpdatedAt },
        ["board"] = new() { S = DynamoDbPlayerStore.Board },
    };

    private static Dictionary<string, AttributeValue> Key(string playerId) => new() { ["playerId"] = new() { S = playerId } };

    private static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

}

using System.Collections.Concurrent;
using System.Globalization;
using Arena.Functions.Score;

namespace Arena.Tests.Score;

/// <summary>An in-memory Players table that records whether anything was written.</summary>
internal sealed class FakePlayerStore : IPlayerStore
{
    public ConcurrentDictionary<string, Player> Players { get; } = new(StringComparer.Ordinal);

    public int Writes { get; private set; }

    public Task<Player?> CreateAsync(PlayerInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var player = new Player(input.PlayerId, input.Name ?? input.PlayerId, input.Score, 1, Stamp(now));
        if (!Players.TryAdd(input.PlayerId, player))
        {
            return Task.FromResult<Player?>(null);
        }
        Writes++;
        return Task.FromResult<Player?>(player);
    }

    public Task<(Player Player, bool Inserted)> UpsertAsync(PlayerInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Writes++;
        var inserted = !Players.TryGetValue(input.PlayerId, out var old);
        var player = new Player(input.PlayerId, input.Name ?? old?.Name ?? input.PlayerId, input.Score, (old?.Version ?? 0) + 1, Stamp(now));
        Players[input.PlayerId] = player;
        return Task.FromResult((player, inserted));
    }

    public Task DeleteAsync(string playerId, CancellationToken cancellationToken)
    {
        Writes++;
        Players.TryRemove(playerId, out _);
        return Task.CompletedTask;
    }

    public Task<Player?> GetAsync(string playerId, CancellationToken cancellationToken) =>
        Task.FromResult(Players.GetValueOrDefault(playerId));

    public Task<IReadOnlyList<Player>> LeaderboardAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Player>>(Players.Values.OrderByDescending(p => p.Score).Take(limit).ToList());

    private static string Stamp(DateTimeOffset now) => now.ToString("O", CultureInfo.InvariantCulture);
}

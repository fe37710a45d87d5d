namespace Arena.Functions.Score;

/// <summary>Port to the Players table.</summary>
public interface IPlayerStore
{
    /// <returns>The stored player, or null when the id is taken.</returns>
    Task<Player?> CreateAsync(PlayerInput input, DateTimeOffset now, CancellationToken cancellationToken);

    /// <returns>The stored player and whether it was inserted (true) rather than updated.</returns>
    Task<(Player Player, bool Inserted)> UpsertAsync(PlayerInput input, DateTimeOffset now, CancellationToken cancellationToken);

    Task DeleteAsync(string playerId, CancellationToken cancellationToken);

    Task<Player?> GetAsync(string playerId, CancellationToken cancellationToken);

    /// <summary>Highest scores first, from the leaderboard index (never a scan).</summary>
    Task<IReadOnlyList<Player>> LeaderboardAsync(int limit, CancellationToken cancellationToken);
}

namespace Arena.Functions.Connections;

/// <summary>Port to the Connections table: who is connected to the WebSocket API right now.</summary>
public interface IConnectionRegistry
{
    Task AddAsync(string connectionId, DateTimeOffset connectedAt, CancellationToken cancellationToken);

    Task RemoveAsync(string connectionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken);
}

namespace Arena.Functions.Connections;

/// <summary>Port to the Connections table: who is connected to the WebSocket API, and who was.</summary>
public interface IConnectionRegistry
{
    Task AddAsync(string connectionId, DateTimeOffset connectedAt, CancellationToken cancellationToken);

    /// <summary>Keeps the record with its disconnect time until the table's TTL removes it.</summary>
    Task MarkDisconnectedAsync(string connectionId, DateTimeOffset disconnectedAt, CancellationToken cancellationToken);

    /// <summary>Forgets a connection that API Gateway no longer knows (410 Gone).</summary>
    Task RemoveAsync(string connectionId, CancellationToken cancellationToken);

    /// <summary>The connections that are open: recorded and not marked disconnected.</summary>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores a chat message and its time on the sender's record, unless the sender is not connected or sent its
    /// previous message less than <paramref name="minInterval"/> before.
    /// </summary>
    Task<MessageRecording> RecordMessageAsync(string connectionId, string message, DateTimeOffset sentAt, TimeSpan minInterval, CancellationToken cancellationToken);

    /// <summary>Stores a broadcast's text and time on a connection's record, if the record still exists.</summary>
    Task RecordBroadcastAsync(string connectionId, string message, DateTimeOffset sentAt, CancellationToken cancellationToken);
}

public enum MessageRecording
{
    Recorded,
    TooSoon,
    NotConnected,
}

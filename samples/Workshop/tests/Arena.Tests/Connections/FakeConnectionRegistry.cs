using System.Collections.Concurrent;
using Arena.Functions.Connections;

namespace Arena.Tests.Connections;

internal sealed class FakeConnectionRegistry(IEnumerable<string> ids) : IConnectionRegistry
{
    public ConcurrentDictionary<string, FakeConnection> Ids { get; } = new(ids.Select(id => KeyValuePair.Create(id, new FakeConnection())));

    public Task AddAsync(string connectionId, DateTimeOffset connectedAt, CancellationToken cancellationToken)
    {
        Ids[connectionId] = new FakeConnection();
        return Task.CompletedTask;
    }

    public Task MarkDisconnectedAsync(string connectionId, DateTimeOffset disconnectedAt, CancellationToken cancellationToken)
    {
        Ids.GetOrAdd(connectionId, _ => new FakeConnection()).DisconnectedAt = disconnectedAt;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string connectionId, CancellationToken cancellationToken)
    {
        Ids.TryRemove(connectionId, out _);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. Ids.Where(c => c.Value.DisconnectedAt is null).Select(c => c.Key)]);

    public Task<MessageRecording> RecordMessageAsync(
        string connectionId, string message, DateTimeOffset sentAt, TimeSpan minInterval, CancellationToken cancellationToken)
    {
        if (!Ids.TryGetValue(connectionId, out var connection) || connection.DisconnectedAt is not null)
        {
            return Task.FromResult(MessageRecording.NotConnected);
        }
        if (connection.LatestMessageAt is { } previous && sentAt - previous < minInterval)
        {
            return Task.FromResult(MessageRecording.TooSoon);
        }
        (connection.LatestMessage, connection.LatestMessageAt) = (message, sentAt);
        return Task.FromResult(MessageRecording.Recorded);
    }

    public Task RecordBroadcastAsync(string connectionId, string message, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        if (Ids.TryGetValue(connectionId, out var connection))
        {
            connection.LatestBroadcast = message;
        }
        return Task.CompletedTask;
    }
}

internal sealed class FakeConnection
{
    public DateTimeOffset? DisconnectedAt { get; set; }

    public string? LatestMessage { get; set; }

    public DateTimeOffset? LatestMessageAt { get; set; }

    public string? LatestBroadcast { get; set; }
}

namespace LiveScore.Lambda.Connections;

/// <summary>What became of data posted to a WebSocket connection.</summary>
public enum PostOutcome
{
    /// <summary>API Gateway accepted the data for the connection.</summary>
    Delivered,

    /// <summary>The connection no longer exists (HTTP 410); nothing was sent.</summary>
    Gone,
}

/// <summary>Port for the API Gateway WebSocket management API (<c>@connections</c>).</summary>
public interface IConnectionMessenger
{
    /// <summary>Sends data to one connection; <see cref="PostOutcome.Gone"/> when the connection no longer exists (HTTP 410).</summary>
    Task<PostOutcome> PostAsync(string connectionId, ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>Closes a connection; false when it was already gone.</summary>
    Task<bool> DeleteAsync(string connectionId, CancellationToken cancellationToken);
}

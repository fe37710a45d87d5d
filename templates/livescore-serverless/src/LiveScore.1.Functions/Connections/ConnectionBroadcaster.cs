using LiveScore.Lambda.Connections;

namespace LiveScore._1.Functions.Connections;

public sealed record BroadcastResult(int Delivered, int Gone, int Failed);

/// <summary>
/// Sends one message to every open connection with bounded parallelism, forgetting connections that are gone (410).
/// One connection that keeps failing is counted, not thrown: retrying the whole broadcast would repeat it to everyone else.
/// </summary>
public sealed class ConnectionBroadcaster(IConnectionRegistry registry, IConnectionMessenger messenger, int maxParallelism = 64)
{
    public async Task<BroadcastResult> BroadcastAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        var connections = await registry.ListAsync(cancellationToken);
        var delivered = 0;
        var gone = 0;
        var failed = 0;
        await Parallel.ForEachAsync(
            connections,
            new ParallelOptions { MaxDegreeOfParallelism = maxParallelism, CancellationToken = cancellationToken },
            async (connectionId, token) =>
            {
                try
                {
                    if (await messenger.PostAsync(connectionId, message, token) == PostOutcome.Gone)
                    {
                        await registry.RemoveAsync(connectionId, token);
                        Interlocked.Increment(ref gone);
                    }
                    else
                    {
                        Interlocked.Increment(ref delivered);
                    }
                }
                catch (Exception) when (!token.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                }
            });
        return new BroadcastResult(delivered, gone, failed);
    }
}

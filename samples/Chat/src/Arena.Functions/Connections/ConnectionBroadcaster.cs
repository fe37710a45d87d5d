using System.Collections.Concurrent;
using LiveScore.Lambda.Connections;

namespace Arena.Functions.Connections;

/// <param name="Errors">Why posts failed, one line per failed connection, for the caller to log.</param>
public sealed record BroadcastResult(int Delivered, int Gone, int Failed, IReadOnlyList<string> Errors);

/// <summary>
/// Sends one message to every open connection with bounded parallelism and a timeout per post, forgetting connections
/// that are gone (410). One connection that keeps failing is counted, not thrown: retrying the whole broadcast would
/// repeat it to everyone else.
/// </summary>
public sealed class ConnectionBroadcaster(IConnectionRegistry registry, IConnectionMessenger messenger, int maxParallelism = 64)
{
    public static readonly TimeSpan PostTimeout = TimeSpan.FromSeconds(3);

    /// <param name="afterDelivery">Runs for each connection the message reached, e.g. to record it there.</param>
    public async Task<BroadcastResult> BroadcastAsync(
        ReadOnlyMemory<byte> message, CancellationToken cancellationToken, Func<string, CancellationToken, Task>? afterDelivery = null)
    {
        var connections = await registry.ListAsync(cancellationToken);
        var delivered = 0;
        var gone = 0;
        var errors = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(
            connections,
            new ParallelOptions { MaxDegreeOfParallelism = maxParallelism, CancellationToken = cancellationToken },
            async (connectionId, token) =>
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
                timeout.CancelAfter(PostTimeout);
                try
                {
                    if (await messenger.PostAsync(connectionId, message, timeout.Token) == PostOutcome.Gone)
                    {
                        await registry.RemoveAsync(connectionId, token);
                        Interlocked.Increment(ref gone);
                        return;
                    }
                    Interlocked.Increment(ref delivered);
                    if (afterDelivery is not null)
                    {
                        await afterDelivery(connectionId, token);
                    }
                }
                catch (Exception e) when (!token.IsCancellationRequested)
                {
                    errors.Enqueue(timeout.IsCancellationRequested
                        ? $"{connectionId}: no answer within {PostTimeout.TotalSeconds:0} s"
                        : $"{connectionId}: {e.GetType().Name}: {e.Message}");
                }
            });
        return new BroadcastResult(delivered, gone, errors.Count, [.. errors]);
    }
}

using LiveScore.Lambda;
using LiveScore.Lambda.Connections;
using LiveScore.Lambda.Logging;

namespace LiveScore._1.Functions.Connections;

public sealed record BroadcastResult(int Delivered, int Gone, int Failed);

/// <summary>
/// Sends one message to every open connection with bounded parallelism and a timeout per post, forgetting connections
/// that are gone (410). A post that still fails after its retries is logged with the reason and counted (metric
/// <c>FailedPushes</c>), not thrown: retrying the whole broadcast would repeat it to everyone else.
/// </summary>
public sealed class ConnectionBroadcaster(IConnectionRegistry registry, IConnectionMessenger messenger, int maxParallelism = 64)
{
    public static readonly TimeSpan PostTimeout = TimeSpan.FromSeconds(3);

    /// <param name="afterDelivery">Runs for each connection the message reached, e.g. to record it there.</param>
    public async Task<BroadcastResult> BroadcastAsync(
        ReadOnlyMemory<byte> message, ILambdaLog log, CancellationToken cancellationToken, Func<string, CancellationToken, Task>? afterDelivery = null)
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
                    await (afterDelivery?.Invoke(connectionId, token) ?? Task.CompletedTask);
                }
                catch (Exception e) when (!token.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                    log.Warn(timeout.IsCancellationRequested ? $"No answer within {PostTimeout.TotalSeconds:0} s." : "The push failed.", [new("connectionId", connectionId), new("error", e.Message)]);
                }
            });
        log.Info("Pushed.", [new("delivered", $"{delivered}"), new("pruned", $"{gone}"), new("failed", $"{failed}")]);
        if (failed > 0)
        {
            log.Count("FailedPushes", failed);
        }
        return new BroadcastResult(delivered, gone, failed);
    }
}

using System.Collections.Concurrent;
using LiveScore.Lambda.Connections;

namespace Arena.Tests.Connections;

internal sealed class FakeMessenger(string[] gone, TimeSpan delay = default, string? failing = null) : IConnectionMessenger
{
    private int _concurrent;

    public ConcurrentBag<(string Id, byte[] Data)> Posted { get; } = [];

    public int MaxConcurrent { get; private set; }

    public async Task<PostOutcome> PostAsync(string connectionId, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _concurrent);
        lock (Posted)
        {
            MaxConcurrent = Math.Max(MaxConcurrent, now);
        }
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }
            if (connectionId == failing)
            {
                throw new HttpRequestException("403 Forbidden");
            }
            Posted.Add((connectionId, data.ToArray()));
            return gone.Contains(connectionId) ? PostOutcome.Gone : PostOutcome.Delivered;
        }
        finally
        {
            Interlocked.Decrement(ref _concurrent);
        }
    }

    public Task<bool> DeleteAsync(string connectionId, CancellationToken cancellationToken) => Task.FromResult(true);
}

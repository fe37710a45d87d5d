using System.Collections.Concurrent;
using Arena.Functions.Connections;
using LiveScore.Lambda.Connections;

namespace Arena.Tests.Connections;

public class ConnectionBroadcasterTests
{
    [Fact]
    public async Task Delivers_to_every_connection_and_forgets_the_gone_ones()
    {
        var registry = new FakeConnectionRegistry(Enumerable.Range(0, 200).Select(i => $"c{i}"));
        var messenger = new FakeMessenger(gone: ["c3", "c150"]);

        var result = await new ConnectionBroadcaster(registry, messenger, maxParallelism: 16).BroadcastAsync("hi"u8.ToArray(), CancellationToken.None);

        Assert.Equal(new BroadcastResult(198, 2, 0), result);
        Assert.Equal(200, messenger.Posted.Count);
        Assert.DoesNotContain("c3", registry.Ids.Keys);
        Assert.Equal(198, registry.Ids.Count);
    }

    [Fact]
    public async Task Posts_in_parallel_but_never_above_the_bound()
    {
        var registry = new FakeConnectionRegistry(Enumerable.Range(0, 100).Select(i => $"c{i}"));
        var messenger = new FakeMessenger(gone: [], delay: TimeSpan.FromMilliseconds(5));

        await new ConnectionBroadcaster(registry, messenger, maxParallelism: 8).BroadcastAsync("hi"u8.ToArray(), CancellationToken.None);

        Assert.InRange(messenger.MaxConcurrent, 2, 8);
    }

    [Fact]
    public async Task A_failing_connection_is_counted_and_the_rest_still_receive()
    {
        var registry = new FakeConnectionRegistry(["a", "bad", "c"]);
        var messenger = new FakeMessenger(gone: [], failing: "bad");

        var result = await new ConnectionBroadcaster(registry, messenger).BroadcastAsync("hi"u8.ToArray(), CancellationToken.None);

        Assert.Equal(new BroadcastResult(2, 0, 1), result);
        Assert.Contains("bad", registry.Ids.Keys);
    }

    internal sealed class FakeConnectionRegistry(IEnumerable<string> ids) : IConnectionRegistry
    {
        public ConcurrentDictionary<string, DateTimeOffset> Ids { get; } = new(ids.Select(id => KeyValuePair.Create(id, DateTimeOffset.UnixEpoch)));

        public Task AddAsync(string connectionId, DateTimeOffset connectedAt, CancellationToken cancellationToken)
        {
            Ids[connectionId] = connectedAt;
            return Task.CompletedTask;
        }

        public Task RemoveAsync(string connectionId, CancellationToken cancellationToken)
        {
            Ids.TryRemove(connectionId, out _);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>(Ids.Keys.ToList());
    }

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
}

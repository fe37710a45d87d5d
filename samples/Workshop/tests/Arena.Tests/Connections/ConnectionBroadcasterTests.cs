using Arena.Tests.TestDoubles;
using LiveScore.Lambda;
using Arena.Functions.Connections;

namespace Arena.Tests.Connections;

public class ConnectionBroadcasterTests
{
    private readonly RecordingLog _log = new();

    [Fact]
    public async Task Delivers_to_every_connection_and_forgets_the_gone_ones()
    {
        var registry = new FakeConnectionRegistry(Enumerable.Range(0, 200).Select(i => $"c{i}"));
        var messenger = new FakeMessenger(gone: ["c3", "c150"]);

        var result = await new ConnectionBroadcaster(registry, messenger, maxParallelism: 16).BroadcastAsync("hi"u8.ToArray(), _log, CancellationToken.None);

        Assert.Equal((198, 2, 0), (result.Delivered, result.Gone, result.Failed));
        Assert.Equal(200, messenger.Posted.Count);
        Assert.DoesNotContain("c3", registry.Ids.Keys);
        Assert.Equal(198, registry.Ids.Count);
    }

    [Fact]
    public async Task Posts_in_parallel_but_never_above_the_bound()
    {
        var registry = new FakeConnectionRegistry(Enumerable.Range(0, 100).Select(i => $"c{i}"));
        var messenger = new FakeMessenger(gone: [], delay: TimeSpan.FromMilliseconds(5));

        await new ConnectionBroadcaster(registry, messenger, maxParallelism: 8).BroadcastAsync("hi"u8.ToArray(), _log, CancellationToken.None);

        Assert.InRange(messenger.MaxConcurrent, 2, 8);
    }

    [Fact]
    public async Task A_failing_connection_is_counted_and_the_rest_still_receive()
    {
        var registry = new FakeConnectionRegistry(["a", "bad", "c"]);
        var messenger = new FakeMessenger(gone: [], failing: "bad");

        var result = await new ConnectionBroadcaster(registry, messenger).BroadcastAsync("hi"u8.ToArray(), _log, CancellationToken.None);

        Assert.Equal((2, 0, 1), (result.Delivered, result.Gone, result.Failed));
        var warning = Assert.Single(_log.Entries, e => e.Level == LogLevel.Warn);
        Assert.Equal("The push failed.", warning.Message);
        Assert.Contains("bad", registry.Ids.Keys);
    }
}

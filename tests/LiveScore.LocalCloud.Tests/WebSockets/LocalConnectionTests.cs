using LiveScore.LocalCloud.WebSockets;

namespace LiveScore.LocalCloud.Tests.WebSockets;

public sealed class LocalConnectionTests
{
    [Fact]
    public async Task Concurrent_sends_take_turns_on_the_socket()
    {
        var socket = new OverlapDetectingSocket();
        var handshake = new Handshake("EnQ4AeRWjoECJxQ=", DateTimeOffset.UtcNow, "127.0.0.1", "127.0.0.1", null,
            new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>());
        using var connection = new LocalConnection(handshake, socket, TimeProvider.System, CancellationToken.None);

        var sends = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => connection.SendTextAsync($"message {i}", CancellationToken.None))));

        Assert.All(sends, Assert.True);
        Assert.Equal(20, socket.Sent);
        Assert.Equal(0, socket.Overlaps);
        Assert.Equal(20, connection.MessagesSent);
    }
}

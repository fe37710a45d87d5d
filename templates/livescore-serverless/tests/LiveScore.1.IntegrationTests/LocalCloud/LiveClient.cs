using System.Net.WebSockets;
using System.Text;

namespace LiveScore._1.IntegrationTests.LocalCloud;

/// <summary>A page's side of the WebSocket API: connect, then receive whole text messages within a time limit.</summary>
internal sealed class LiveClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket = new();

    public static async Task<LiveClient> ConnectAsync(Uri uri)
    {
        var client = new LiveClient();
        using var timeout = new CancellationTokenSource(Patience);
        await client._socket.ConnectAsync(uri, timeout.Token);
        return client;
    }

    /// <summary>The next whole text message; fails when the server closes instead.</summary>
    public async Task<string> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, timeout.Token);
            Assert.True(received.MessageType == WebSocketMessageType.Text, $"Expected a text message, got {received.MessageType}.");
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

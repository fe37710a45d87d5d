using System.Net.WebSockets;
using System.Text;

namespace LiveScore.LocalCloud.Testing;

/// <summary>A page's side of the local WebSocket API, for tests: connect, send, and receive whole text messages within a time limit.</summary>
public sealed class WebSocketClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket = new();

    public static async Task<WebSocketClient> ConnectAsync(Uri uri)
    {
        var client = new WebSocketClient();
        using var timeout = new CancellationTokenSource(Patience);
        await client._socket.ConnectAsync(uri, timeout.Token);
        return client;
    }

    /// <summary>Sends one text message, as a page does with <c>socket.send(text)</c>.</summary>
    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>Closes the connection as a page does when it is closed, and waits for the server's close.</summary>
    public async Task CloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
    }

    /// <summary>The next whole text message; throws when the server closes instead, or sends nothing in time.</summary>
    public async Task<string> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType != WebSocketMessageType.Text)
            {
                throw new InvalidOperationException($"Expected a text message, got {received.MessageType} ({_socket.CloseStatus} {_socket.CloseStatusDescription}).");
            }
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

using System.Net.WebSockets;
using System.Text;

namespace LiveScore.LocalCloud.Tests.WebSockets;

/// <summary>A browser's side of a connection: connect, send, and receive whole messages with a time limit.</summary>
internal sealed class TestClient : IAsyncDisposable
{
    public const string UserAgent = "LiveScoreTests/1.0";

    private readonly ClientWebSocket _socket = new();

    private TestClient()
    {
        _socket.Options.SetRequestHeader("User-Agent", UserAgent);
        _socket.Options.CollectHttpResponseDetails = true;
    }

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<TestClient> ConnectAsync(Uri uri, string? subProtocol = null)
    {
        var client = new TestClient();
        if (subProtocol is not null)
        {
            client._socket.Options.AddSubProtocol(subProtocol);
        }
        try
        {
            using var timeout = new CancellationTokenSource(RecordingFunction.Patience);
            await client._socket.ConnectAsync(uri, timeout.Token);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>Attempts a connection that should be refused; the status code the server answered the upgrade with.</summary>
    public static async Task<int> RefusedStatusAsync(Uri uri)
    {
        await using var client = new TestClient();
        using var timeout = new CancellationTokenSource(RecordingFunction.Patience);
        await Assert.ThrowsAsync<WebSocketException>(() => client._socket.ConnectAsync(uri, timeout.Token));
        return (int)client._socket.HttpStatusCode;
    }

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(RecordingFunction.Patience);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    public async Task SendAsync(byte[] data, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(RecordingFunction.Patience);
        await _socket.SendAsync(data, type, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next whole text message; fails when the server closes instead.</summary>
    public async Task<string> ReceiveAsync()
    {
        var (type, text) = await ReceiveMessageAsync();
        Assert.True(type == WebSocketMessageType.Text, $"Expected a text message, got {type} ({CloseStatus} {CloseStatusDescription}).");
        return text;
    }

    /// <summary>Waits for the server's close frame and answers it, completing the close handshake.</summary>
    public async Task<WebSocketCloseStatus?> ReceiveCloseAsync()
    {
        var (type, text) = await ReceiveMessageAsync();
        Assert.True(type == WebSocketMessageType.Close, $"Expected the connection to close, got a message: {text}");
        using var timeout = new CancellationTokenSource(RecordingFunction.Patience);
        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        return CloseStatus;
    }

    public async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        using var timeout = new CancellationTokenSource(RecordingFunction.Patience);
        await _socket.CloseAsync(status, reason, timeout.Token);
    }

    private async Task<(WebSocketMessageType Type, string Text)> ReceiveMessageAsync()
    {
        using var timeout = new CancellationTokenSource(RecordingFunction.Patience);
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage || received.MessageType == WebSocketMessageType.Close)
            {
                return (received.MessageType, Encoding.UTF8.GetString(message.ToArray()));
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace LiveScore.LocalCloud.WebSockets;

/// <summary>
/// One open client connection. Sends come from many requests at once (every <c>@connections</c> POST, route
/// responses), but a WebSocket allows one send at a time, so they take turns; receiving happens on the
/// connection's own request only.
/// </summary>
/// <remarks>
/// Messages are text only and at most <see cref="MaxMessageBytes"/>, API Gateway's message limit. Its 32 KB frame
/// limit is not enforced: how a client splits a message into frames is the client library's business.
/// </remarks>
public sealed class LocalConnection : IDisposable
{
    public const int MaxMessageBytes = 128 * 1024;

    /// <summary>How long a close waits for the client's answering close frame, and how long one send may block.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private const int ReceiveChunkBytes = 4096;

    private readonly WebSocket _socket;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _sendTurn = new(1, 1);
    private readonly CancellationTokenSource _abort;
    private readonly Lock _gate = new();
    private long _messagesSent;
    private long _messagesReceived;
    private long _lastActiveAtTicks;
    private DisconnectCause? _serverClose;
    private DisconnectCause? _disconnect;
    private bool _disposed;

    public LocalConnection(Handshake handshake, WebSocket socket, TimeProvider clock, CancellationToken requestAborted)
    {
        Handshake = handshake;
        _socket = socket;
        _clock = clock;
        _abort = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        _lastActiveAtTicks = handshake.ConnectedAt.UtcTicks;
    }

    public Handshake Handshake { get; }

    public string Id => Handshake.ConnectionId;

    public long MessagesSent => Interlocked.Read(ref _messagesSent);

    public long MessagesReceived => Interlocked.Read(ref _messagesReceived);

    public DateTimeOffset LastActiveAt => new(Interlocked.Read(ref _lastActiveAtTicks), TimeSpan.Zero);

    /// <summary>Why the connection ended; set once <see cref="ReceiveTextAsync"/> has returned null.</summary>
    public DisconnectCause Disconnect => _disconnect ?? DisconnectCause.Lost;

    /// <summary>Sends one text message; false when the connection is closing or gone.</summary>
    public async Task<bool> SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A client that stops reading would otherwise hold every sender up; like a dead client, it is gone.
        patience.CancelAfter(Patience);
        try
        {
            await _sendTurn.WaitAsync(patience.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        try
        {
            if (_socket.State != WebSocketState.Open || Volatile.Read(ref _serverClose) is not null)
            {
                return false;
            }
            await _socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, patience.Token);
        }
        catch (Exception e) when (e is WebSocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
        finally
        {
            _sendTurn.Release();
        }
        Interlocked.Increment(ref _messagesSent);
        Touch();
        return true;
    }

    public Task<bool> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendTextAsync(Encoding.UTF8.GetBytes(text), cancellationToken);

    /// <summary>
    /// Starts the close handshake from the server side; <see cref="ReceiveTextAsync"/> then ends when the client
    /// answers, or after <see cref="Patience"/> when it does not. Never throws: a broken socket is closed already.
    /// </summary>
    public async Task CloseAsync(DisconnectCause cause)
    {
        if (Interlocked.CompareExchange(ref _serverClose, cause, null) is not null)
        {
            return;
        }
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _abort.CancelAfter(Patience);
        }
        if (!await _sendTurn.WaitAsync(Patience))
        {
            return;
        }
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)cause.StatusCode, cause.Reason, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket broke or was aborted meanwhile: it is closed either way.
        }
        finally
        {
            _sendTurn.Release();
        }
    }

    /// <summary>The next whole text message, or null once the connection has closed (see <see cref="Disconnect"/>).</summary>
    public async Task<string?> ReceiveTextAsync()
    {
        var message = new ArrayBufferWriter<byte>(ReceiveChunkBytes);
        while (true)
        {
            ValueWebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(message.GetMemory(ReceiveChunkBytes), _abort.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                return Ended(DisconnectCause.Lost);
            }
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return await AnswerCloseAsync();
            }
            if (Volatile.Read(ref _serverClose) is not null)
            {
                // Closing: whatever arrives before the client's close frame is dropped, as API Gateway does.
                message.ResetWrittenCount();
                continue;
            }
            message.Advance(received.Count);
            if (received.MessageType == WebSocketMessageType.Binary || message.WrittenCount > MaxMessageBytes)
            {
                await CloseAsync(received.MessageType == WebSocketMessageType.Binary ? DisconnectCause.TextOnly : DisconnectCause.TooBig);
                message.ResetWrittenCount();
                continue;
            }
            if (received.EndOfMessage)
            {
                Interlocked.Increment(ref _messagesReceived);
                Touch();
                return Encoding.UTF8.GetString(message.WrittenSpan);
            }
        }
    }

    private async Task<string?> AnswerCloseAsync()
    {
        // 1005: the client's close frame carried no status code.
        var clientCause = new DisconnectCause(_socket.CloseStatus is { } status ? (int)status : 1005, _socket.CloseStatusDescription ?? "");
        if (_socket.State == WebSocketState.CloseReceived && await _sendTurn.WaitAsync(Patience))
        {
            try
            {
                await _socket.CloseOutputAsync(
                    _socket.CloseStatus is { } echoed and not WebSocketCloseStatus.Empty ? echoed : WebSocketCloseStatus.NormalClosure,
                    null,
                    CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The client left without waiting for the answer.
            }
            finally
            {
                _sendTurn.Release();
            }
        }
        return Ended(clientCause);
    }

    private string? Ended(DisconnectCause cause)
    {
        // A close the server started explains the end better than what the client said back.
        _disconnect ??= Volatile.Read(ref _serverClose) ?? cause;
        return null;
    }

    private void Touch() => Interlocked.Exchange(ref _lastActiveAtTicks, _clock.GetUtcNow().UtcTicks);

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _abort.Dispose();
        }
    }
}

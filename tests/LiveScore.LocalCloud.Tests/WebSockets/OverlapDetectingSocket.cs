using System.Net.WebSockets;

namespace LiveScore.LocalCloud.Tests.WebSockets;

/// <summary>
/// An open WebSocket whose sends take a moment and that notes when a send starts while another is still running,
/// which the WebSocket contract forbids. ASP.NET Core's own socket happens to tolerate it, so this one makes it visible.
/// </summary>
internal sealed class OverlapDetectingSocket : WebSocket
{
    private int _sending;
    private int _overlaps;
    private int _sent;

    public int Overlaps => Volatile.Read(ref _overlaps);

    public int Sent => Volatile.Read(ref _sent);

    public override WebSocketCloseStatus? CloseStatus => null;

    public override string? CloseStatusDescription => null;

    public override WebSocketState State => WebSocketState.Open;

    public override string? SubProtocol => null;

    public override async Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _sending) > 1)
        {
            Interlocked.Increment(ref _overlaps);
        }
        // A send that takes a network-like moment, so that other senders have the time to start meanwhile.
        await Task.Delay(1, cancellationToken);
        Interlocked.Decrement(ref _sending);
        Interlocked.Increment(ref _sent);
    }

    public override Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken) =>
        Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith<WebSocketReceiveResult>(_ => throw new OperationCanceledException(), TaskScheduler.Default);

    public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Abort()
    {
    }

    public override void Dispose()
    {
    }
}

using System.Text.Json;
using System.Threading.Channels;
using LiveScore.Lambda;
using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.Tests.WebSockets;

/// <summary>A WebSocket route function for tests: records every event it gets and answers as told.</summary>
internal sealed class RecordingFunction(Func<WebSocketRequest, WebSocketResponse> respond) : IFunctionHandler
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Channel<WebSocketRequest> _received = Channel.CreateUnbounded<WebSocketRequest>();

    public static RecordingFunction Accepting() => new(_ => new WebSocketResponse { StatusCode = 200 });

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
    {
        var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.WebSocketRequest)!;
        _received.Writer.TryWrite(request);
        // respond may throw: the runtime reports that as the function's error.
        return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(respond(request), HostingJsonContext.Default.WebSocketResponse));
    }

    /// <summary>The next event this function was invoked with.</summary>
    public async Task<WebSocketRequest> NextAsync() =>
        await _received.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public bool HasMore => _received.Reader.TryPeek(out _);
}

using System.Text.Json;
using System.Threading.Channels;
using LiveScore.Lambda;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Testing;

namespace LiveScore.LocalCloud.Tests.WebSockets;

/// <summary>As in API Gateway, a message is read and stamped when it arrives, not when its function is free again.</summary>
public sealed class MessageArrivalTests : IAsyncLifetime
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<WebSocketRequest> _received = Channel.CreateUnbounded<WebSocketRequest>();
    private WebSocketTestCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await WebSocketTestCloud.StartAsync(
    [
        new("accept", "accepts", RecordingFunction.Accepting) { WebSocketRoutes = ["$connect"] },
        new("hold", "holds the first message until released", () => new Holding(this)) { WebSocketRoutes = ["hold"], TimeoutSeconds = 60 },
    ]);

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        await _cloud.DisposeAsync();
    }

    [Fact]
    public async Task A_message_sent_while_its_function_is_busy_is_stamped_on_arrival_and_still_comes_in_order()
    {
        await using var client = await TestClient.ConnectAsync(_cloud.WebSocketUri);
        await client.SendAsync("""{"action":"hold","n":1}""");
        var first = await NextAsync();
        await client.SendAsync("""{"action":"hold","n":2}""");

        // Read by the gateway while the first message is still with its function.
        await Eventually.UntilAsync(() => _cloud.Http.GetStringAsync("/_local/connections"), json => json.Contains("\"messagesReceived\":2", StringComparison.Ordinal), "the second message to be read");
        var releasedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        _release.SetResult();
        var second = await NextAsync();

        Assert.Contains("\"n\":1", first.Body, StringComparison.Ordinal);
        Assert.Contains("\"n\":2", second.Body, StringComparison.Ordinal);
        Assert.InRange(second.RequestContext.RequestTimeEpoch, first.RequestContext.RequestTimeEpoch, releasedAt);
    }

    private async Task<WebSocketRequest> NextAsync() => await _received.Reader.ReadAsync().AsTask().WaitAsync(RecordingFunction.Patience);

    private sealed class Holding(MessageArrivalTests test) : IFunctionHandler
    {
        public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
        {
            test._received.Writer.TryWrite(JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.WebSocketRequest)!);
            await test._release.Task;
            return JsonSerializer.SerializeToUtf8Bytes(new WebSocketResponse { StatusCode = 200 }, HostingJsonContext.Default.WebSocketResponse);
        }
    }
}

using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Events;

namespace Arena.Functions.Connections;

/// <summary><c>ws-disconnect</c>: marks a WebSocket connection closed; its record stays until the TTL removes it.</summary>
public sealed class DisconnectHandler(IConnectionRegistry registry, TimeProvider clock) : IFunctionHandler
{
    public static IFunctionHandler Create() =>
        new DisconnectHandler(new DynamoDbConnectionRegistry(AwsServices.DynamoDb, Settings.Required(ConnectionsCatalog.ConnectionsVariable)), TimeProvider.System);

    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
    {
        var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.WebSocketRequest)
            ?? throw new JsonException("The WebSocket event is null.");
        var disconnectedAt = request.RequestContext.RequestTimeEpoch > 0
            ? DateTimeOffset.FromUnixTimeMilliseconds(request.RequestContext.RequestTimeEpoch)
            : clock.GetUtcNow();
        await registry.MarkDisconnectedAsync(request.RequestContext.ConnectionId, disconnectedAt, context.CancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(new WebSocketResponse { StatusCode = 200 }, HostingJsonContext.Default.WebSocketResponse);
    }
}

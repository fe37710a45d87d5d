using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Events;

namespace Arena.Functions.Connections;

/// <summary><c>ws-connect</c>: remembers a new WebSocket connection so that pushes reach it.</summary>
public sealed class ConnectHandler(IConnectionRegistry registry) : IFunctionHandler
{
    public static IFunctionHandler Create() =>
        new ConnectHandler(new DynamoDbConnectionRegistry(AwsServices.DynamoDb, Settings.Required(ConnectionsCatalog.ConnectionsVariable)));

    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
    {
        var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.WebSocketRequest)
            ?? throw new JsonException("The WebSocket event is null.");
        var connectedAt = request.RequestContext.ConnectedAt > 0
            ? DateTimeOffset.FromUnixTimeMilliseconds(request.RequestContext.ConnectedAt)
            : DateTimeOffset.UtcNow;
        await registry.AddAsync(request.RequestContext.ConnectionId, connectedAt, context.CancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(new WebSocketResponse { StatusCode = 200 }, HostingJsonContext.Default.WebSocketResponse);
    }
}

using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Events;

namespace Arena.Functions.Connections;

/// <summary><c>ws-disconnect</c>: forgets a closed WebSocket connection.</summary>
public sealed class DisconnectHandler(IConnectionRegistry registry) : IFunctionHandler
{
    public static IFunctionHandler Create() =>
        new DisconnectHandler(new DynamoDbConnectionRegistry(AwsServices.DynamoDb, Settings.Required(ConnectionsCatalog.ConnectionsVariable)));

    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
    {
        var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.WebSocketRequest)
            ?? throw new JsonException("The WebSocket event is null.");
        await registry.RemoveAsync(request.RequestContext.ConnectionId, context.CancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(new WebSocketResponse { StatusCode = 200 }, HostingJsonContext.Default.WebSocketResponse);
    }
}

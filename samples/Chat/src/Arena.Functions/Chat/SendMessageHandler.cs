using System.Text.Json;
using Arena.Functions.Connections;
using LiveScore.Lambda;
using LiveScore.Lambda.Events;

namespace Arena.Functions.Chat;

/// <summary><c>chat-send</c>: sendMessage events in, a chat push to everyone (or an error to the sender) out.</summary>
public sealed class SendMessageHandler(ChatRoom room) : IFunctionHandler
{
    public static IFunctionHandler Create() => new SendMessageHandler(Room());

    /// <summary>The chat as deployed: the Connections table and the WebSocket API's @connections endpoint.</summary>
    public static ChatRoom Room()
    {
        var registry = new DynamoDbConnectionRegistry(AwsServices.DynamoDb, Settings.Required(ConnectionsCatalog.ConnectionsVariable));
        var messenger = AwsServices.WebSocketConnections(Settings.Required(ChatCatalog.WebSocketEndpointVariable));
        return new ChatRoom(registry, messenger, new ConnectionBroadcaster(registry, messenger), TimeProvider.System, signInRequired: true);
    }

    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
    {
        var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.WebSocketRequest)
            ?? throw new JsonException("The WebSocket event is null.");
        var receivedAt = request.RequestContext.RequestTimeEpoch > 0
            ? DateTimeOffset.FromUnixTimeMilliseconds(request.RequestContext.RequestTimeEpoch)
            : DateTimeOffset.UtcNow;
        var userId = request.RequestContext.AuthorizerValue(ConnectionsCatalog.UserIdContext);
        await room.SendAsync(request.RequestContext.ConnectionId, userId, request.BodyBytes(), receivedAt, context.Log, context.CancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(new WebSocketResponse { StatusCode = 200 }, HostingJsonContext.Default.WebSocketResponse);
    }
}

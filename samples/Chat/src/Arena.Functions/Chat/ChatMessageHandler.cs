using System.Text.Json;
using Arena.Functions.Connections;
using LiveScore.Lambda;
using LiveScore.Lambda.Events;

namespace Arena.Functions.Chat;

/// <summary><c>chat-send</c> and <c>chat-default</c>: WebSocket messages in, chat pushes or an error to the sender out.</summary>
public sealed class ChatMessageHandler(ChatRoom room) : IFunctionHandler
{
    public static IFunctionHandler Create() => new ChatMessageHandler(Room());

    /// <summary>The chat as deployed: the Connections table and the WebSocket API's @connections endpoint.</summary>
    public static ChatRoom Room()
    {
        var registry = new DynamoDbConnectionRegistry(AwsServices.DynamoDb, Settings.Required(ConnectionsCatalog.ConnectionsVariable));
        var messenger = AwsServices.WebSocketConnections(Settings.Required(ChatCatalog.WebSocketEndpointVariable));
        return new ChatRoom(registry, messenger, new ConnectionBroadcaster(registry, messenger), TimeProvider.System);
    }

    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
    {
        var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.WebSocketRequest)
            ?? throw new JsonException("The WebSocket event is null.");
        var connectionId = request.RequestContext.ConnectionId;
        if (request.RequestContext.RouteKey == ChatCatalog.SendMessageRoute)
        {
            await room.SendAsync(connectionId, request.BodyBytes(), context.Log, context.CancellationToken);
        }
        else
        {
            await room.RejectAsync(connectionId, request.BodyBytes(), context.CancellationToken);
        }
        return JsonSerializer.SerializeToUtf8Bytes(new WebSocketResponse { StatusCode = 200 }, HostingJsonContext.Default.WebSocketResponse);
    }
}

using Arena.Functions.Connections;
using LiveScore.Lambda.Catalog;

namespace Arena.Functions.Chat;

/// <summary>WebSocket chat and an HTTP broadcast to every connected client, on the shared WebSocket API and Connections table.</summary>
public static class ChatCatalog
{
    public const string WebSocketEndpointVariable = "WEBSOCKET_ENDPOINT";
    public const string SendMessageRoute = "sendMessage";

    private static readonly ResourceBinding PushToConnections =
        new(WebSocketEndpointVariable, ResourceKind.WebSocketApi, ConnectionsCatalog.WebSocketApi, Access.ManageConnections);

    private static readonly IReadOnlyList<ResourceBinding> RoomBindings =
    [
        new(ConnectionsCatalog.ConnectionsVariable, ResourceKind.Table, ConnectionsCatalog.Connections.Name, Access.ReadWrite),
        PushToConnections,
    ];

    /// <summary>The broadcast routes' own limit: each broadcast posts to every connected client.</summary>
    public static readonly RouteThrottle Broadcasts = new(5, 10);

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        new("chat-send", "Chat: stores a message on the sender's connection and delivers it to every connected client.", SendMessageHandler.Create)
        {
            WebSocketRoutes = [SendMessageRoute],
            Bindings = RoomBindings,
            TimeoutSeconds = 30,
        },
        new("chat-default", "Chat: answers a message with no known action with an error, to the sender only.", UnknownActionHandler.Create)
        {
            WebSocketRoutes = ["$default"],
            Bindings = [PushToConnections],
        },
        new("chat-broadcast", "Broadcast over HTTP to every connected client.", BroadcastApiHandler.Create)
        {
            HttpRoutes =
            [
                new("POST", "/broadcast") { Authorization = AppCatalog.SignedWrites, Throttle = Broadcasts },
                // The path and field spelling of the original workshop's REST API.
                new("POST", "/broadcastmessage") { Authorization = AppCatalog.SignedWrites, Throttle = Broadcasts },
            ],
            Bindings = RoomBindings,
            TimeoutSeconds = 30,
        },
    ];
}

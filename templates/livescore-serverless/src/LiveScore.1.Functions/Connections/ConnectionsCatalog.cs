using LiveScore.Lambda.Catalog;

namespace LiveScore._1.Functions.Connections;

/// <summary>The WebSocket API's connection bookkeeping, shared by every feature that pushes to browsers.</summary>
public static class ConnectionsCatalog
{
    public const string ConnectionsVariable = "CONNECTIONS_TABLE";

    /// <summary>The one WebSocket API that browsers connect to and that functions push through.</summary>
    public const string WebSocketApi = "Live";

#if (workshop && chat)
    // The WebSocket chat workshop's names: table chatDetails, functions WebSocketConnect and WebSocketDisconnect.
    public static readonly TableDefinition Connections = new("chatDetails", new KeyAttribute("connectionId", KeyType.String))
#elif (workshop)
    // DynamoDB-Stream-Changes' names: table WebSocketManager, functions connect and disconnect.
    public static readonly TableDefinition Connections = new("WebSocketManager", new KeyAttribute("connectionId", KeyType.String))
#else
    public static readonly TableDefinition Connections = new("Connections", new KeyAttribute("connectionId", KeyType.String))
#endif
    {
        TimeToLiveAttribute = "expiresAt",
    };

    public static IReadOnlyList<TableDefinition> Tables { get; } = [Connections];

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        new("ws-connect", "Records a WebSocket connection ($connect).", ConnectHandler.Create)
        {
#if (workshop && chat)
            Name = "WebSocketConnect",
#elif (workshop)
            Name = "connect",
#endif
            WebSocketRoutes = ["$connect"],
            Bindings = [new(ConnectionsVariable, ResourceKind.Table, Connections.Name, Access.Write)],
        },
        new("ws-disconnect", "Marks a WebSocket connection closed ($disconnect).", DisconnectHandler.Create)
        {
#if (workshop && chat)
            Name = "WebSocketDisconnect",
#elif (workshop)
            Name = "disconnect",
#endif
            WebSocketRoutes = ["$disconnect"],
            Bindings = [new(ConnectionsVariable, ResourceKind.Table, Connections.Name, Access.Write)],
        },
    ];
}

using LiveScore.Lambda.Catalog;

namespace Arena.Functions.Connections;

/// <summary>The WebSocket API's connection bookkeeping, shared by every feature that pushes to browsers.</summary>
public static class ConnectionsCatalog
{
    public const string ConnectionsVariable = "CONNECTIONS_TABLE";

    /// <summary>The one WebSocket API that browsers connect to and that functions push through.</summary>
    public const string WebSocketApi = "Live";

    // The WebSocket chat workshop's names: table chatDetails, functions WebSocketConnect and WebSocketDisconnect.
    public static readonly TableDefinition Connections = new("chatDetails", new KeyAttribute("connectionId", KeyType.String))
    {
        TimeToLiveAttribute = "expiresAt",
    };

    public static IReadOnlyList<TableDefinition> Tables { get; } = [Connections];

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        new("ws-connect", "Records a WebSocket connection ($connect).", ConnectHandler.Create)
        {
            Name = "WebSocketConnect",
            WebSocketRoutes = ["$connect"],
            Bindings = [new(ConnectionsVariable, ResourceKind.Table, Connections.Name, Access.Write)],
        },
        new("ws-disconnect", "Marks a WebSocket connection closed ($disconnect).", DisconnectHandler.Create)
        {
            Name = "WebSocketDisconnect",
            WebSocketRoutes = ["$disconnect"],
            Bindings = [new(ConnectionsVariable, ResourceKind.Table, Connections.Name, Access.Write)],
        },
    ];
}

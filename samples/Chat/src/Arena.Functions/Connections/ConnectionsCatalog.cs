using LiveScore.Lambda.Catalog;

namespace Arena.Functions.Connections;

/// <summary>The WebSocket API's connection bookkeeping, shared by every feature that pushes to browsers.</summary>
public static class ConnectionsCatalog
{
    public const string ConnectionsVariable = "CONNECTIONS_TABLE";

    /// <summary>The one WebSocket API that browsers connect to and that functions push through.</summary>
    public const string WebSocketApi = "Live";

    public static readonly TableDefinition Connections = new("Connections", new KeyAttribute("connectionId", KeyType.String))
    {
        TimeToLiveAttribute = "expiresAt",
    };

    public static IReadOnlyList<TableDefinition> Tables { get; } = [Connections];

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        new("ws-connect", "Records a WebSocket connection ($connect).", ConnectHandler.Create)
        {
            WebSocketRoutes = ["$connect"],
            Bindings = [new(ConnectionsVariable, ResourceKind.Table, Connections.Name, Access.Write)],
        },
        new("ws-disconnect", "Marks a WebSocket connection closed ($disconnect).", DisconnectHandler.Create)
        {
            WebSocketRoutes = ["$disconnect"],
            Bindings = [new(ConnectionsVariable, ResourceKind.Table, Connections.Name, Access.Write)],
        },
    ];
}

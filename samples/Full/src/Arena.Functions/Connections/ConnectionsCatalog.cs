using LiveScore.Lambda.Catalog;

namespace Arena.Functions.Connections;

/// <summary>The WebSocket API's connection bookkeeping, shared by every feature that pushes to browsers.</summary>
public static class ConnectionsCatalog
{
    public const string ConnectionsVariable = "CONNECTIONS_TABLE";
    public const string UserPoolVariable = "USER_POOL_ISSUER";
    public const string UserPoolClientVariable = "USER_POOL_CLIENT_ID";

    /// <summary>The key of the signed-in customer's user id in a connection's <c>requestContext.authorizer</c>.</summary>
    public const string UserIdContext = "userId";

    /// <summary>The one WebSocket API that browsers connect to and that functions push through.</summary>
    public const string WebSocketApi = "Live";

    public static readonly TableDefinition Connections = new("Connections", new KeyAttribute("connectionId", KeyType.String))
    {
        TimeToLiveAttribute = "expiresAt",
    };

    public static IReadOnlyList<TableDefinition> Tables { get; } = [Connections];

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        // First: the $connect route is made with its authorizer.
        new("ws-authorize", "Lets WebSocket connections in ($connect authorizer): with a customer's token to chat, without one to listen.", ConnectAuthorizer.Create)
        {
            AuthorizesWebSocketConnect = true,
            Bindings =
            [
                new(UserPoolVariable, ResourceKind.UserPool, "Customers", Access.Read),
                new(UserPoolClientVariable, ResourceKind.UserPoolClient, "Pages", Access.Read),
            ],
        },
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

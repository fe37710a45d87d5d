using LiveScore.Lambda.Catalog;

namespace LiveScore._1.Functions.Connections;

/// <summary>The WebSocket API's connection bookkeeping, shared by every feature that pushes to browsers.</summary>
public static class ConnectionsCatalog
{
    public const string ConnectionsVariable = "CONNECTIONS_TABLE";
#if (chatSignIn)
    public const string UserPoolVariable = "USER_POOL_ISSUER";
    public const string UserPoolClientVariable = "USER_POOL_CLIENT_ID";

    /// <summary>The key of the signed-in customer's user id in a connection's <c>requestContext.authorizer</c>.</summary>
    public const string UserIdContext = "userId";
#endif

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
#if (chatSignIn)
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
#endif
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

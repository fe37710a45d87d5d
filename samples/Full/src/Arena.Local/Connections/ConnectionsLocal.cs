using Arena.Functions.Connections;
using LiveScore.Lambda;
using LiveScore.LocalCloud.Tables;

namespace Arena.Local.Connections;

/// <summary>The WebSocket connection functions with the Connections table in memory.</summary>
public static class ConnectionsLocal
{
    public static IReadOnlyDictionary<string, Func<IFunctionHandler>> Handlers(EmbeddedTables tables) =>
        new Dictionary<string, Func<IFunctionHandler>>(StringComparer.Ordinal)
        {
            ["ws-connect"] = () => new ConnectHandler(Registry(tables)),
            ["ws-disconnect"] = () => new DisconnectHandler(Registry(tables)),
        };

    private static EmbeddedConnectionRegistry Registry(EmbeddedTables tables) =>
        new(tables[Settings.Required(ConnectionsCatalog.ConnectionsVariable)]);
}

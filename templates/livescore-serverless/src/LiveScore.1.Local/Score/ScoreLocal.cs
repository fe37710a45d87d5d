using LiveScore._1.Functions.Connections;
using LiveScore.Lambda;
using LiveScore._1.Functions.Score;
using LiveScore._1.Local.Connections;
using LiveScore.LocalCloud.Tables;

namespace LiveScore._1.Local.Score;

/// <summary>
/// The score functions with embedded tables: the real handlers, the in-memory stores, and SNS and @connections
/// over HTTP to the local cloud's own endpoints. Table names come from the same variables as when deployed.
/// </summary>
public static class ScoreLocal
{
    public static IReadOnlyDictionary<string, Func<IFunctionHandler>> Handlers(EmbeddedTables tables) =>
        new Dictionary<string, Func<IFunctionHandler>>(StringComparer.Ordinal)
        {
            ["score-api"] = () => new ScoreApiHandler(
                new ScoreApi(new EmbeddedPlayerStore(tables[Settings.Required(ScoreCatalog.PlayersVariable)]), TimeProvider.System)),
            ["score-stream"] = () =>
            {
                var registry = new EmbeddedConnectionRegistry(tables[Settings.Required(ConnectionsCatalog.ConnectionsVariable)]);
                var broadcaster = new ConnectionBroadcaster(registry, AwsServices.WebSocketConnections(Settings.Required(ScoreCatalog.WebSocketEndpointVariable)));
                var ledger = new EmbeddedDeliveryLedger(tables[Settings.Required(ScoreCatalog.DeliveriesVariable)], TimeProvider.System);
                return new ScoreStreamHandler(new ScoreChangeProcessor(AwsServices.Sns(), broadcaster, ledger, Settings.Required(ScoreCatalog.TopicVariable)));
            },
        };
}

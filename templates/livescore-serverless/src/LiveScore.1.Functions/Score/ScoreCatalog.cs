using LiveScore._1.Functions.Connections;
using LiveScore.Lambda.Catalog;

namespace LiveScore._1.Functions.Score;

/// <summary>Live player scores: HTTP API → Players table → stream → SNS email and WebSocket push.</summary>
public static class ScoreCatalog
{
    public const string PlayersVariable = "PLAYERS_TABLE";
    public const string TopicVariable = "SCORE_TOPIC_ARN";
    public const string DeliveriesVariable = "DELIVERIES_TABLE";
    public const string WebSocketEndpointVariable = "WEBSOCKET_ENDPOINT";
    public const string LeaderboardIndex = "leaderboard";

#if (workshop)
    // GameEventPlayerLiveScore's names: table Player, functions FetchGameDetailsFunction and ProcessGameDetailsFunction.
    public static readonly TableDefinition Players = new("Player", new KeyAttribute("playerId", KeyType.String))
#else
    public static readonly TableDefinition Players = new("Players", new KeyAttribute("playerId", KeyType.String))
#endif
    {
        Stream = true,
        Indexes = [new IndexDefinition(LeaderboardIndex, new KeyAttribute("board", KeyType.String), new KeyAttribute("score", KeyType.Number))],
    };

    public static readonly TopicDefinition LiveGameScore = new("LiveGameScore", "ScoreNotificationEmail", "Player score changes");

    public static IReadOnlyList<TableDefinition> Tables { get; } = [Players];

    public static IReadOnlyList<TopicDefinition> Topics { get; } = [LiveGameScore];

    /// <summary>Each write route's own limit, below the HTTP API stage's: writes cannot crowd out the scoreboard's reads.</summary>
    public static readonly RouteThrottle GameServerWrites = new(50, 100);

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        new("score-api", "Players HTTP API: create, upsert, delete, read, leaderboard.", ScoreApiHandler.Create)
        {
#if (workshop)
            Name = "FetchGameDetailsFunction",
#endif
            HttpRoutes =
            [
                new("POST", "/players") { Authorization = AppCatalog.SignedWrites, Throttle = GameServerWrites },
                new("GET", "/players/{playerId}") { Authorization = RouteAuthorization.Public },
                new("PUT", "/players/{playerId}") { Authorization = AppCatalog.SignedWrites, Throttle = GameServerWrites },
                new("DELETE", "/players/{playerId}") { Authorization = AppCatalog.SignedWrites, Throttle = GameServerWrites },
                new("GET", "/leaderboard") { Authorization = RouteAuthorization.Public },
                // Workshop route: seed 000's ANY /FetchGameDetailsFunction (POST insert, PUT upsert, DELETE), playerId in the body.
                new("ANY", ScoreApi.WorkshopPath) { Authorization = AppCatalog.SignedWrites, Throttle = GameServerWrites },
            ],
            Bindings = [new(PlayersVariable, ResourceKind.Table, Players.Name, Access.ReadWrite)],
        },
        new("score-stream", "Players stream: one email and one live push per change.", ScoreStreamHandler.Create)
        {
#if (workshop)
            Name = "ProcessGameDetailsFunction",
#endif
            // No batching window: scoreboards want each change at once; batches still form while the function is busy.
            Stream = new StreamSource(Players.Name, MaxBatchingWindowSeconds: 0),
            Bindings =
            [
                new(TopicVariable, ResourceKind.Topic, LiveGameScore.Name, Access.Publish),
                new(ConnectionsCatalog.ConnectionsVariable, ResourceKind.Table, ConnectionsCatalog.Connections.Name, Access.ReadWrite),
                new(DeliveriesVariable, ResourceKind.Table, SharedTables.Deliveries.Name, Access.ReadWrite),
                new(WebSocketEndpointVariable, ResourceKind.WebSocketApi, ConnectionsCatalog.WebSocketApi, Access.ManageConnections),
            ],
            TimeoutSeconds = 30,
        },
    ];
}

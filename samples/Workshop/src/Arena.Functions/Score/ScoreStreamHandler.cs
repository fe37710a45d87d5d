using Arena.Functions.Connections;
using LiveScore.Lambda;
using LiveScore.Lambda.Delivery;
using LiveScore.Lambda.Streams;

namespace Arena.Functions.Score;

/// <summary><c>score-stream</c>: Players table stream → one email and one live push per change.</summary>
public sealed class ScoreStreamHandler(ScoreChangeProcessor processor) : IFunctionHandler
{
    public static IFunctionHandler Create()
    {
        var dynamoDb = AwsServices.DynamoDb;
        var registry = new DynamoDbConnectionRegistry(dynamoDb, Settings.Required(ConnectionsCatalog.ConnectionsVariable));
        var broadcaster = new ConnectionBroadcaster(registry, AwsServices.WebSocketConnections(Settings.Required(ScoreCatalog.WebSocketEndpointVariable)));
        var ledger = new DynamoDbDeliveryLedger(dynamoDb, Settings.Required(ScoreCatalog.DeliveriesVariable), TimeProvider.System);
        return new ScoreStreamHandler(new ScoreChangeProcessor(AwsServices.Sns(), broadcaster, ledger, Settings.Required(ScoreCatalog.TopicVariable)));
    }

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        StreamBatch.ProcessAsync(eventJson, context, (record, token) => processor.ProcessAsync(PlayerImage.ToChange(record), context.Log, token));
}

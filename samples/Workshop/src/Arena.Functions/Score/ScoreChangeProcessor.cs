using System.Text.Json;
using Arena.Functions.Connections;
using LiveScore.Lambda;
using LiveScore.Lambda.Delivery;
using LiveScore.Lambda.Notifications;

namespace Arena.Functions.Score;

/// <summary>
/// For each change: an email through SNS and a push to every WebSocket client, each at least once, duplicates suppressed
/// by the delivery ledger (one can still happen when an invocation dies between sending and recording it).
/// </summary>
public sealed class ScoreChangeProcessor(
    INotificationPublisher publisher,
    ConnectionBroadcaster broadcaster,
    IDeliveryLedger ledger,
    string topicArn)
{
    public Task ProcessAsync(ScoreChange change, ILambdaLog log, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.SerializeToUtf8Bytes(
            new ScoreChangeMessage("score", ScoreNotifications.Op(change.Operation), change.Player, change.Previous),
            ScoreJsonContext.Web.ScoreChangeMessage);
        // The email and the push are independent: neither waits for the other.
        return Task.WhenAll(
            ledger.OnceAsync(change.EventId + "/email", token => publisher.PublishAsync(ScoreNotifications.For(change, topicArn), token), cancellationToken),
            ledger.OnceAsync(change.EventId + "/push", token => broadcaster.BroadcastAsync(message, log, token), cancellationToken));
    }
}

using System.Text.Json;
using Arena.Functions.Connections;
using LiveScore.Lambda;
using LiveScore.Lambda.Delivery;
using LiveScore.Lambda.Logging;
using LiveScore.Lambda.Notifications;

namespace Arena.Functions.Score;

/// <summary>
/// For each change: an email through SNS and a push to every WebSocket client, independently of each other. The email is
/// at least once, duplicates suppressed by the delivery ledger: a second one can still go out when SNS published but its
/// answer was lost or late (the call is retried), or when the invocation dies between publishing and recording it. The
/// push goes out once per change; a client it fails for is logged and counted, not retried (see
/// <see cref="ConnectionBroadcaster"/>).
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
            ledger.OnceAsync(change.EventId + "/push", token => broadcaster.BroadcastAsync(message, log.With("changeId", change.EventId), token), cancellationToken));
    }
}

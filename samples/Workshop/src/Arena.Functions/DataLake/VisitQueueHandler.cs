using LiveScore.Lambda;
using LiveScore.Lambda.Http;
using LiveScore.Lambda.Logging;
using LiveScore.Lambda.Queues;

namespace Arena.Functions.DataLake;

/// <summary>
/// <c>visit-queue</c>: stores each queued visit keyed by its message id, so a redelivery stores nothing twice. A
/// message that is not a valid visit fails, comes back, and moves to the dead-letter queue after three receives.
/// </summary>
public sealed class VisitQueueHandler(IVisitStore store, TimeProvider clock) : IFunctionHandler
{
    public static IFunctionHandler Create() =>
        new VisitQueueHandler(new DynamoDbVisitStore(AwsServices.DynamoDb, Settings.Required(DataLakeCatalog.VisitsVariable)), TimeProvider.System);

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        QueueBatch.ProcessAsync(eventJson, context, async (message, token) =>
        {
            var errors = new ValidationErrors();
            // The visit's own time is checked against when it was sent, not when it is processed.
            var sentAt = message.Attributes.TryGetValue("SentTimestamp", out var sent) && long.TryParse(sent, out var ms)
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : clock.GetUtcNow();
            var input = VisitRules.ForVisit(System.Text.Encoding.UTF8.GetBytes(message.Body), sentAt, errors)
                ?? throw new InvalidDataException("Not a valid visit: " + errors);
            if (!await store.AddAsync(Visit.From(message.MessageId, input), token))
            {
                context.Log.Info("Visit already stored; the redelivered message changes nothing.", [new("visitId", message.MessageId)]);
            }
        });
}
